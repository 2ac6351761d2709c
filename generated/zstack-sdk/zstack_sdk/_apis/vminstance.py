"""``client.vminstance``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.query_vm_instance_device_address_archive_result import (
        QueryVmInstanceDeviceAddressArchiveResult,
    )
    from ..models.query_vm_instance_device_address_group_result import (
        QueryVmInstanceDeviceAddressGroupResult,
    )
    from ..models.vm_instance_device_address_archive_inventory import (
        VmInstanceDeviceAddressArchiveInventory,
    )
    from ..models.vm_instance_device_address_group_inventory import (
        VmInstanceDeviceAddressGroupInventory,
    )

__all__ = ["AsyncVminstanceApi", "VminstanceApi"]


QUERY_VM_INSTANCE_DEVICE_ADDRESS_ARCHIVE: Api[QueryVmInstanceDeviceAddressArchiveResult] = Api(
    "QueryVmInstanceDeviceAddressArchive",
    "GET",
    "/vmInstance/device/address/archive",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vm_instance_device_address_archive_result:QueryVmInstanceDeviceAddressArchiveResult",
    query=True,
)

QUERY_VM_INSTANCE_DEVICE_ADDRESS_GROUP: Api[QueryVmInstanceDeviceAddressGroupResult] = Api(
    "QueryVmInstanceDeviceAddressGroup",
    "GET",
    "/vmInstance/device/address/group",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_vm_instance_device_address_group_result:QueryVmInstanceDeviceAddressGroupResult",
    query=True,
)


class VminstanceApi(SyncNamespace):
    """vminstance: 2 APIs (QueryVmInstanceDeviceAddressArchive, QueryVmInstanceDeviceAddressGroup)."""

    __slots__ = ()

    def query_vm_instance_device_address_archive(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceDeviceAddressArchiveResult:
        """Query vm instance device address archive (QueryVmInstanceDeviceAddressArchive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmInstanceDeviceAddressArchiveAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_ARCHIVE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_device_address_archive_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstanceDeviceAddressArchiveInventory]:
        """Every result of ``query_vm_instance_device_address_archive``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_ARCHIVE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def query_vm_instance_device_address_group(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceDeviceAddressGroupResult:
        """Query vm instance device address group (QueryVmInstanceDeviceAddressGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmInstanceDeviceAddressGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_device_address_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstanceDeviceAddressGroupInventory]:
        """Every result of ``query_vm_instance_device_address_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )


class AsyncVminstanceApi(AsyncNamespace):
    """vminstance: 2 APIs (QueryVmInstanceDeviceAddressArchive, QueryVmInstanceDeviceAddressGroup). (asyncio)"""

    __slots__ = ()

    async def query_vm_instance_device_address_archive(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceDeviceAddressArchiveResult:
        """Query vm instance device address archive (QueryVmInstanceDeviceAddressArchive).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmInstanceDeviceAddressArchiveAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_ARCHIVE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_device_address_archive_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstanceDeviceAddressArchiveInventory]:
        """Every result of ``query_vm_instance_device_address_archive``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_ARCHIVE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def query_vm_instance_device_address_group(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryVmInstanceDeviceAddressGroupResult:
        """Query vm instance device address group (QueryVmInstanceDeviceAddressGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryVmInstanceDeviceAddressGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_vm_instance_device_address_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstanceDeviceAddressGroupInventory]:
        """Every result of ``query_vm_instance_device_address_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_DEVICE_ADDRESS_GROUP,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

"""``client.zbox``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_z_box_result import AddZBoxResult
    from ..models.eject_z_box_result import EjectZBoxResult
    from ..models.query_z_box_result import QueryZBoxResult
    from ..models.sync_z_box_capacity_result import SyncZBoxCapacityResult

__all__ = ["AsyncZboxApi", "ZboxApi"]


ADD_Z_BOX: Api[AddZBoxResult] = Api(
    "AddZBox",
    "POST",
    "/zbox",
    params=(
        ("name", "body", None),
        ("skipFormat", "body", None),
        ("usbDeviceUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("name", "skip_format", "usb_device_uuid", "system_tags", "user_tags"),
    required=("usbDeviceUuid",),
    body_key="params",
    since=None,
    result=".models.add_z_box_result:AddZBoxResult",
)

EJECT_Z_BOX: Api[EjectZBoxResult] = Api(
    "EjectZBox",
    "PUT",
    "/zbox/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="ejectZBox",
    since=None,
    result=".models.eject_z_box_result:EjectZBoxResult",
)

QUERY_Z_BOX: Api[QueryZBoxResult] = Api(
    "QueryZBox",
    "GET",
    "/zbox",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_z_box_result:QueryZBoxResult",
    query=True,
)

SYNC_Z_BOX_CAPACITY: Api[SyncZBoxCapacityResult] = Api(
    "SyncZBoxCapacity",
    "PUT",
    "/zbox/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="syncZBoxCapacity",
    since=None,
    result=".models.sync_z_box_capacity_result:SyncZBoxCapacityResult",
)


class ZboxApi(SyncNamespace):
    """zbox: 4 APIs (AddZBox, EjectZBox, QueryZBox, ...)."""

    __slots__ = ()

    def add_z_box(
        self,
        *,
        usb_device_uuid: str,
        name: str | None = None,
        skip_format: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddZBoxResult:
        """Add Z box (AddZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddZBoxAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            name: name
            skip_format: skipFormat
            usb_device_uuid: usbDeviceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_Z_BOX,
            {
                "name": name,
                "skipFormat": skip_format,
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def eject_z_box(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EjectZBoxResult:
        """Eject Z box (EjectZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/EjectZBoxAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EJECT_Z_BOX,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_z_box(
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
    ) -> QueryZBoxResult:
        """Query Z box (QueryZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryZBoxAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_Z_BOX,
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

    def query_z_box_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_z_box``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_Z_BOX,
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

    def sync_z_box_capacity(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncZBoxCapacityResult:
        """Sync Z box capacity (SyncZBoxCapacity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncZBoxCapacityAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_Z_BOX_CAPACITY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZboxApi(AsyncNamespace):
    """zbox: 4 APIs (AddZBox, EjectZBox, QueryZBox, ...). (asyncio)"""

    __slots__ = ()

    async def add_z_box(
        self,
        *,
        usb_device_uuid: str,
        name: str | None = None,
        skip_format: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddZBoxResult:
        """Add Z box (AddZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddZBoxAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            name: name
            skip_format: skipFormat
            usb_device_uuid: usbDeviceUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_Z_BOX,
            {
                "name": name,
                "skipFormat": skip_format,
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def eject_z_box(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EjectZBoxResult:
        """Eject Z box (EjectZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/EjectZBoxAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EJECT_Z_BOX,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_z_box(
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
    ) -> QueryZBoxResult:
        """Query Z box (QueryZBox).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryZBoxAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_Z_BOX,
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

    def query_z_box_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_z_box``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_Z_BOX,
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

    async def sync_z_box_capacity(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncZBoxCapacityResult:
        """Sync Z box capacity (SyncZBoxCapacity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SyncZBoxCapacityAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_Z_BOX_CAPACITY,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

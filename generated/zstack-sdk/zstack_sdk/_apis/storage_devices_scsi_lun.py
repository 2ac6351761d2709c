"""``client.storage_devices_scsi_lun``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.detach_scsi_lun_from_host_result import DetachScsiLunFromHostResult
    from ..models.query_scsi_lun_result import QueryScsiLunResult
    from ..models.scsi_lun_inventory import ScsiLunInventory

__all__ = ["AsyncStorageDevicesScsiLunApi", "StorageDevicesScsiLunApi"]


DETACH_SCSI_LUN_FROM_HOST: Api[DetachScsiLunFromHostResult] = Api(
    "DetachScsiLunFromHost",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/actions",
    params=(
        ("uuid", "path", "4.2.0"),
        ("hostUuid", "body", "4.2.0"),
        ("systemTags", "root", "4.2.0"),
        ("userTags", "root", "4.2.0"),
    ),
    names=("uuid", "host_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="detachScsiLunFromHost",
    since="4.2.0",
    result=".models.detach_scsi_lun_from_host_result:DetachScsiLunFromHostResult",
)

QUERY_SCSI_LUN: Api[QueryScsiLunResult] = Api(
    "QueryScsiLun",
    "GET",
    "/storage-devices/scsi-lun/luns",
    params=(
        ("uuid", "path", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.2.0",
    result=".models.query_scsi_lun_result:QueryScsiLunResult",
    query=True,
    alt_paths=("/storage-devices/scsi-lun/luns/{uuid}",),
)


class StorageDevicesScsiLunApi(SyncNamespace):
    """storage-devices-scsi-lun: 2 APIs (DetachScsiLunFromHost, QueryScsiLun)."""

    __slots__ = ()

    def detach_scsi_lun_from_host(
        self,
        *,
        uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromHostResult:
        """将LUN设备从物理机卸载 (DetachScsiLunFromHost).

        Since ZStack 4.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: SCSI LUN UUID (since 4.2.0)
            host_uuid: 物理机UUID (since 4.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SCSI_LUN_FROM_HOST,
            {
                "uuid": uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_scsi_lun(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QueryScsiLunResult:
        """查询SCSI Lun (QueryScsiLun).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCSI_LUN,
            {
                "uuid": uuid,
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

    def query_scsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ScsiLunInventory]:
        """Every result of ``query_scsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCSI_LUN,
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


class AsyncStorageDevicesScsiLunApi(AsyncNamespace):
    """storage-devices-scsi-lun: 2 APIs (DetachScsiLunFromHost, QueryScsiLun). (asyncio)"""

    __slots__ = ()

    async def detach_scsi_lun_from_host(
        self,
        *,
        uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromHostResult:
        """将LUN设备从物理机卸载 (DetachScsiLunFromHost).

        Since ZStack 4.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: SCSI LUN UUID (since 4.2.0)
            host_uuid: 物理机UUID (since 4.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SCSI_LUN_FROM_HOST,
            {
                "uuid": uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_scsi_lun(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QueryScsiLunResult:
        """查询SCSI Lun (QueryScsiLun).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCSI_LUN,
            {
                "uuid": uuid,
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

    def query_scsi_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ScsiLunInventory]:
        """Every result of ``query_scsi_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCSI_LUN,
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

"""``client.storage_devices_nvme``: 3 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.nvme_lun_inventory import NvmeLunInventory
    from ..models.nvme_target_inventory import NvmeTargetInventory
    from ..models.query_nvme_lun_result import QueryNvmeLunResult
    from ..models.query_nvme_target_result import QueryNvmeTargetResult
    from ..models.refresh_nvme_target_result import RefreshNvmeTargetResult

__all__ = ["AsyncStorageDevicesNvmeApi", "StorageDevicesNvmeApi"]


QUERY_NVME_LUN: Api[QueryNvmeLunResult] = Api(
    "QueryNvmeLun",
    "GET",
    "/storage-devices/nvme/luns",
    params=(
        ("uuid", "path", "4.6.21"),
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.6.21",
    result=".models.query_nvme_lun_result:QueryNvmeLunResult",
    query=True,
    alt_paths=("/storage-devices/nvme/luns/{uuid}",),
)

QUERY_NVME_TARGET: Api[QueryNvmeTargetResult] = Api(
    "QueryNvmeTarget",
    "GET",
    "/storage-devices/nvme/controllers",
    params=(
        ("uuid", "path", "4.6.21"),
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.6.21",
    result=".models.query_nvme_target_result:QueryNvmeTargetResult",
    query=True,
    alt_paths=("/storage-devices/nvme", "/storage-devices/nvme/controllers/{uuid}"),
)

REFRESH_NVME_TARGET: Api[RefreshNvmeTargetResult] = Api(
    "RefreshNvmeTarget",
    "POST",
    "/storage-devices/nvme/controllers",
    params=(
        ("nvmeLunUuids", "body", "4.6.21"),
        ("zoneUuid", "body", "4.6.21"),
        ("systemTags", "root", "4.6.21"),
        ("userTags", "root", "4.6.21"),
    ),
    names=("nvme_lun_uuids", "zone_uuid", "system_tags", "user_tags"),
    required=("zoneUuid",),
    body_key="params",
    since="4.6.21",
    result=".models.refresh_nvme_target_result:RefreshNvmeTargetResult",
)


class StorageDevicesNvmeApi(SyncNamespace):
    """storage-devices-nvme: 3 APIs (QueryNvmeLun, QueryNvmeTarget, RefreshNvmeTarget)."""

    __slots__ = ()

    def query_nvme_lun(
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
    ) -> QueryNvmeLunResult:
        """查询NVMe磁盘 (QueryNvmeLun).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NVME_LUN,
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

    def query_nvme_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NvmeLunInventory]:
        """Every result of ``query_nvme_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_LUN,
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

    def query_nvme_target(
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
    ) -> QueryNvmeTargetResult:
        """查询NVMe设备 (QueryNvmeTarget).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NVME_TARGET,
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

    def query_nvme_target_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NvmeTargetInventory]:
        """Every result of ``query_nvme_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_TARGET,
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

    def refresh_nvme_target(
        self,
        *,
        zone_uuid: str,
        nvme_lun_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshNvmeTargetResult:
        """刷新NVMe设备 (RefreshNvmeTarget).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            nvme_lun_uuids: nvmeLunUuids (since 4.6.21)
            zone_uuid: zoneUuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_NVME_TARGET,
            {
                "nvmeLunUuids": nvme_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncStorageDevicesNvmeApi(AsyncNamespace):
    """storage-devices-nvme: 3 APIs (QueryNvmeLun, QueryNvmeTarget, RefreshNvmeTarget). (asyncio)"""

    __slots__ = ()

    async def query_nvme_lun(
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
    ) -> QueryNvmeLunResult:
        """查询NVMe磁盘 (QueryNvmeLun).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NVME_LUN,
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

    def query_nvme_lun_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NvmeLunInventory]:
        """Every result of ``query_nvme_lun``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_LUN,
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

    async def query_nvme_target(
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
    ) -> QueryNvmeTargetResult:
        """查询NVMe设备 (QueryNvmeTarget).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NVME_TARGET,
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

    def query_nvme_target_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NvmeTargetInventory]:
        """Every result of ``query_nvme_target``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NVME_TARGET,
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

    async def refresh_nvme_target(
        self,
        *,
        zone_uuid: str,
        nvme_lun_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshNvmeTargetResult:
        """刷新NVMe设备 (RefreshNvmeTarget).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            nvme_lun_uuids: nvmeLunUuids (since 4.6.21)
            zone_uuid: zoneUuid (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_NVME_TARGET,
            {
                "nvmeLunUuids": nvme_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

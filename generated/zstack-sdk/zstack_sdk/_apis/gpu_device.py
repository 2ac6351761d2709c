"""``client.gpu_device``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.gpu_device_inventory import GpuDeviceInventory
    from ..models.query_gpu_device_result import QueryGpuDeviceResult

__all__ = ["AsyncGpuDeviceApi", "GpuDeviceApi"]


QUERY_GPU_DEVICE: Api[QueryGpuDeviceResult] = Api(
    "QueryGpuDevice",
    "GET",
    "/gpu-device/gpu-devices",
    params=(
        ("uuid", "path", "5.1.8"),
        ("systemTags", "query", "5.1.8"),
        ("userTags", "query", "5.1.8"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.1.8",
    result=".models.query_gpu_device_result:QueryGpuDeviceResult",
    query=True,
    alt_paths=("/gpu-device/gpu-devices/{uuid}",),
)


class GpuDeviceApi(SyncNamespace):
    """gpu-device: 1 APIs (QueryGpuDevice)."""

    __slots__ = ()

    def query_gpu_device(
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
    ) -> QueryGpuDeviceResult:
        """查询GPU信息 (QueryGpuDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GPU_DEVICE,
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

    def query_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GpuDeviceInventory]:
        """Every result of ``query_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GPU_DEVICE,
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


class AsyncGpuDeviceApi(AsyncNamespace):
    """gpu-device: 1 APIs (QueryGpuDevice). (asyncio)"""

    __slots__ = ()

    async def query_gpu_device(
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
    ) -> QueryGpuDeviceResult:
        """查询GPU信息 (QueryGpuDevice).

        Since ZStack 5.1.8. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.8)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GPU_DEVICE,
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

    def query_gpu_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GpuDeviceInventory]:
        """Every result of ``query_gpu_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GPU_DEVICE,
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

"""``client.mtty_devices``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.delete_mdev_device_result import DeleteMdevDeviceResult
    from ..models.generate_se_mdev_devices_result import GenerateSeMdevDevicesResult
    from ..models.mtty_device_inventory import MttyDeviceInventory
    from ..models.query_mtty_device_result import QueryMttyDeviceResult
    from ..models.ungenerate_se_mdev_devices_result import UngenerateSeMdevDevicesResult

__all__ = ["AsyncMttyDevicesApi", "MttyDevicesApi"]


DELETE_MDEV_DEVICE: Api[DeleteMdevDeviceResult] = Api(
    "DeleteMdevDevice",
    "DELETE",
    "/mdev-devices/{mdevDeviceUuid}",
    params=(
        ("mdevDeviceUuid", "path", None),
        ("uuid", "query", "4.6.0"),
        ("deleteMode", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("mdev_device_uuid", "uuid", "delete_mode", "system_tags", "user_tags"),
    required=("mdevDeviceUuid", "uuid"),
    since="4.6.0",
    result=".models.delete_mdev_device_result:DeleteMdevDeviceResult",
)

GENERATE_SE_MDEV_DEVICES: Api[GenerateSeMdevDevicesResult] = Api(
    "GenerateSeMdevDevices",
    "PUT",
    "/mtty-devices/{mttyDeviceUuid}/actions",
    params=(
        ("mttyDeviceUuid", "path", "4.6.0"),
        ("virtPartNum", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("mtty_device_uuid", "virt_part_num", "system_tags", "user_tags"),
    required=("mttyDeviceUuid", "virtPartNum"),
    body_key="generateSeMdevDevices",
    since="4.6.0",
    result=".models.generate_se_mdev_devices_result:GenerateSeMdevDevicesResult",
)

QUERY_MTTY_DEVICE: Api[QueryMttyDeviceResult] = Api(
    "QueryMttyDevice",
    "GET",
    "/mtty-devices",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.6.0",
    result=".models.query_mtty_device_result:QueryMttyDeviceResult",
    query=True,
    alt_paths=("/mtty-devices/{uuid}",),
)

UNGENERATE_SE_MDEV_DEVICES: Api[UngenerateSeMdevDevicesResult] = Api(
    "UngenerateSeMdevDevices",
    "PUT",
    "/mtty-devices/{mttyDeviceUuid}/actions",
    params=(
        ("mttyDeviceUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("mtty_device_uuid", "system_tags", "user_tags"),
    required=("mttyDeviceUuid",),
    body_key="ungenerateSeMdevDevices",
    since="4.6.0",
    result=".models.ungenerate_se_mdev_devices_result:UngenerateSeMdevDevicesResult",
)


class MttyDevicesApi(SyncNamespace):
    """mtty-devices: 4 APIs (DeleteMdevDevice, GenerateSeMdevDevices, QueryMttyDevice, ...)."""

    __slots__ = ()

    def delete_mdev_device(
        self,
        *,
        mdev_device_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMdevDeviceResult:
        """删除MDEV设备 (DeleteMdevDevice).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: mdevDeviceUuid
            uuid: MDEV设备UUID (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MDEV_DEVICE,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSeMdevDevicesResult:
        """虚拟化切分支持VFIO_MDEV的MTTY设备 (GenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: MTTY设备UUID (since 4.6.0)
            virt_part_num: 切分数量 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_mtty_device(
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
    ) -> QueryMttyDeviceResult:
        """查询MTTY设备 (QueryMttyDevice).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MTTY_DEVICE,
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

    def query_mtty_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MttyDeviceInventory]:
        """Every result of ``query_mtty_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MTTY_DEVICE,
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

    def ungenerate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateSeMdevDevicesResult:
        """虚拟化还原支持VFIO_MDEV的MTTY设备 (UngenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: 被切分的MTTY设备UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMttyDevicesApi(AsyncNamespace):
    """mtty-devices: 4 APIs (DeleteMdevDevice, GenerateSeMdevDevices, QueryMttyDevice, ...). (asyncio)"""

    __slots__ = ()

    async def delete_mdev_device(
        self,
        *,
        mdev_device_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMdevDeviceResult:
        """删除MDEV设备 (DeleteMdevDevice).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: mdevDeviceUuid
            uuid: MDEV设备UUID (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MDEV_DEVICE,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSeMdevDevicesResult:
        """虚拟化切分支持VFIO_MDEV的MTTY设备 (GenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: MTTY设备UUID (since 4.6.0)
            virt_part_num: 切分数量 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_mtty_device(
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
    ) -> QueryMttyDeviceResult:
        """查询MTTY设备 (QueryMttyDevice).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MTTY_DEVICE,
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

    def query_mtty_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MttyDeviceInventory]:
        """Every result of ``query_mtty_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MTTY_DEVICE,
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

    async def ungenerate_se_mdev_devices(
        self,
        *,
        mtty_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateSeMdevDevicesResult:
        """虚拟化还原支持VFIO_MDEV的MTTY设备 (UngenerateSeMdevDevices).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mtty_device_uuid: 被切分的MTTY设备UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_SE_MDEV_DEVICES,
            {
                "mttyDeviceUuid": mtty_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

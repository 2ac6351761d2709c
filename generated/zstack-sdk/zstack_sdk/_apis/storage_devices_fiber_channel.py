"""``client.storage_devices_fiber_channel``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_scsi_lun_to_vm_instance_result import AttachScsiLunToVmInstanceResult
    from ..models.check_scsi_lun_cluster_status_result import CheckScsiLunClusterStatusResult
    from ..models.detach_scsi_lun_from_vm_instance_result import DetachScsiLunFromVmInstanceResult
    from ..models.fiber_channel_storage_inventory import FiberChannelStorageInventory
    from ..models.get_scsi_lun_candidates_for_attaching_vm_result import (
        GetScsiLunCandidatesForAttachingVmResult,
    )
    from ..models.query_fiber_channel_storage_result import QueryFiberChannelStorageResult
    from ..models.refresh_fiber_channel_storage_result import RefreshFiberChannelStorageResult
    from ..models.update_scsi_lun_result import UpdateScsiLunResult

__all__ = ["AsyncStorageDevicesFiberChannelApi", "StorageDevicesFiberChannelApi"]


ATTACH_SCSI_LUN_TO_VM_INSTANCE: Api[AttachScsiLunToVmInstanceResult] = Api(
    "AttachScsiLunToVmInstance",
    "POST",
    "/vm-instances/{vmInstanceUuid}/scsi-lun/{uuid}",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("uuid", "path", "3.1.0"),
        ("disableMultiPathAttach", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("vm_instance_uuid", "uuid", "disable_multi_path_attach", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "uuid"),
    body_key="params",
    since="3.1.0",
    result=".models.attach_scsi_lun_to_vm_instance_result:AttachScsiLunToVmInstanceResult",
)

CHECK_SCSI_LUN_CLUSTER_STATUS: Api[CheckScsiLunClusterStatusResult] = Api(
    "CheckScsiLunClusterStatus",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/cluster/{clusterUuid}",
    params=(
        ("uuid", "path", "3.1.0"),
        ("clusterUuid", "path", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "cluster_uuid", "system_tags", "user_tags"),
    required=("uuid", "clusterUuid"),
    body_key="checkScsiLunClusterStatus",
    since="3.1.0",
    result=".models.check_scsi_lun_cluster_status_result:CheckScsiLunClusterStatusResult",
)

DETACH_SCSI_LUN_FROM_VM_INSTANCE: Api[DetachScsiLunFromVmInstanceResult] = Api(
    "DetachScsiLunFromVmInstance",
    "DELETE",
    "/vm-instances/{vmInstanceUuid}/scsi-lun/{uuid}",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("vm_instance_uuid", "uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "uuid"),
    since="3.1.0",
    result=".models.detach_scsi_lun_from_vm_instance_result:DetachScsiLunFromVmInstanceResult",
)

GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM: Api[GetScsiLunCandidatesForAttachingVmResult] = Api(
    "GetScsiLunCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-storage-devices",
    params=(
        ("vmInstanceUuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="3.1.0",
    result=".models.get_scsi_lun_candidates_for_attaching_vm_result:GetScsiLunCandidatesForAttachingVmResult",
)

QUERY_FIBER_CHANNEL_STORAGE: Api[QueryFiberChannelStorageResult] = Api(
    "QueryFiberChannelStorage",
    "GET",
    "/storage-devices/fiber-channel/controllers",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_fiber_channel_storage_result:QueryFiberChannelStorageResult",
    query=True,
    alt_paths=(
        "/storage-devices/fiber-channel",
        "/storage-devices/fiber-channel/controllers/{uuid}",
    ),
)

REFRESH_FIBER_CHANNEL_STORAGE: Api[RefreshFiberChannelStorageResult] = Api(
    "RefreshFiberChannelStorage",
    "POST",
    "/storage-devices/fiber-channel/controllers",
    params=(
        ("uuid", "path", "3.1.0"),
        ("clusterUuid", "body", None),
        ("scsiLunUuids", "body", None),
        ("zoneUuid", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "cluster_uuid", "scsi_lun_uuids", "zone_uuid", "system_tags", "user_tags"),
    required=("zoneUuid",),
    body_key="params",
    since="3.1.0",
    result=".models.refresh_fiber_channel_storage_result:RefreshFiberChannelStorageResult",
    alt_paths=("/storage-devices/fiber-channel/controllers/{uuid}",),
)

UPDATE_SCSI_LUN: Api[UpdateScsiLunResult] = Api(
    "UpdateScsiLun",
    "PUT",
    "/storage-devices/scsi-lun/{uuid}/actions",
    params=(
        ("uuid", "path", "3.1.0"),
        ("name", "body", "3.1.0"),
        ("state", "body", "3.1.0"),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("uuid", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateScsiLun",
    since="3.1.0",
    result=".models.update_scsi_lun_result:UpdateScsiLunResult",
    checks=(
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 256),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)


class StorageDevicesFiberChannelApi(SyncNamespace):
    """storage-devices-fiber-channel: 7 APIs (AttachScsiLunToVmInstance, CheckScsiLunClusterStatus, DetachScsiLunFromVmInstance, ...)."""

    __slots__ = ()

    def attach_scsi_lun_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        disable_multi_path_attach: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN加载到云主机 (AttachScsiLunToVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: SCSI LUN的UUID，唯一标示该资源 (since 3.1.0)
            disable_multi_path_attach: 关闭自动加载多路径设备 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SCSI_LUN_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "disableMultiPathAttach": disable_multi_path_attach,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_scsi_lun_cluster_status(
        self,
        *,
        uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckScsiLunClusterStatusResult:
        """检查SCSI Lun与集群连接关系 (CheckScsiLunClusterStatus).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: 集群UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_SCSI_LUN_CLUSTER_STATUS,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_scsi_lun_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromVmInstanceResult:
        """将SCSI LUN从云主机卸载 (DetachScsiLunFromVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SCSI_LUN_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_scsi_lun_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetScsiLunCandidatesForAttachingVmResult:
        """获取可加载的SCSI Lun (GetScsiLunCandidatesForAttachingVm).

        获取云主机可以加载的SCSI Lun。

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_fiber_channel_storage(
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
    ) -> QueryFiberChannelStorageResult:
        """查询FC SAN存储 (QueryFiberChannelStorage).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    def query_fiber_channel_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FiberChannelStorageInventory]:
        """Every result of ``query_fiber_channel_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    def refresh_fiber_channel_storage(
        self,
        *,
        zone_uuid: str,
        uuid: str | None = None,
        cluster_uuid: str | None = None,
        scsi_lun_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFiberChannelStorageResult:
        """刷新FC SAN存储 (RefreshFiberChannelStorage).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: FC SAN存储的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: clusterUuid
            scsi_lun_uuids: scsiLunUuids
            zone_uuid: 区域UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_FIBER_CHANNEL_STORAGE,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "scsiLunUuids": scsi_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scsi_lun(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateScsiLunResult:
        """更新SCSI LUN配置 (UpdateScsiLun).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            name: 资源名称 (since 3.1.0; minLength 1; maxLength 256)
            state: 启用状态 (since 3.1.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCSI_LUN,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncStorageDevicesFiberChannelApi(AsyncNamespace):
    """storage-devices-fiber-channel: 7 APIs (AttachScsiLunToVmInstance, CheckScsiLunClusterStatus, DetachScsiLunFromVmInstance, ...). (asyncio)"""

    __slots__ = ()

    async def attach_scsi_lun_to_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        disable_multi_path_attach: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachScsiLunToVmInstanceResult:
        """将SCSI LUN加载到云主机 (AttachScsiLunToVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: SCSI LUN的UUID，唯一标示该资源 (since 3.1.0)
            disable_multi_path_attach: 关闭自动加载多路径设备 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SCSI_LUN_TO_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "disableMultiPathAttach": disable_multi_path_attach,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_scsi_lun_cluster_status(
        self,
        *,
        uuid: str,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckScsiLunClusterStatusResult:
        """检查SCSI Lun与集群连接关系 (CheckScsiLunClusterStatus).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: 集群UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_SCSI_LUN_CLUSTER_STATUS,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_scsi_lun_from_vm_instance(
        self,
        *,
        vm_instance_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachScsiLunFromVmInstanceResult:
        """将SCSI LUN从云主机卸载 (DetachScsiLunFromVmInstance).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SCSI_LUN_FROM_VM_INSTANCE,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_scsi_lun_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetScsiLunCandidatesForAttachingVmResult:
        """获取可加载的SCSI Lun (GetScsiLunCandidatesForAttachingVm).

        获取云主机可以加载的SCSI Lun。

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SCSI_LUN_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_fiber_channel_storage(
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
    ) -> QueryFiberChannelStorageResult:
        """查询FC SAN存储 (QueryFiberChannelStorage).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    def query_fiber_channel_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FiberChannelStorageInventory]:
        """Every result of ``query_fiber_channel_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIBER_CHANNEL_STORAGE,
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

    async def refresh_fiber_channel_storage(
        self,
        *,
        zone_uuid: str,
        uuid: str | None = None,
        cluster_uuid: str | None = None,
        scsi_lun_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFiberChannelStorageResult:
        """刷新FC SAN存储 (RefreshFiberChannelStorage).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: FC SAN存储的UUID，唯一标示该资源 (since 3.1.0)
            cluster_uuid: clusterUuid
            scsi_lun_uuids: scsiLunUuids
            zone_uuid: 区域UUID (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_FIBER_CHANNEL_STORAGE,
            {
                "uuid": uuid,
                "clusterUuid": cluster_uuid,
                "scsiLunUuids": scsi_lun_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scsi_lun(
        self,
        *,
        uuid: str,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateScsiLunResult:
        """更新SCSI LUN配置 (UpdateScsiLun).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.1.0)
            name: 资源名称 (since 3.1.0; minLength 1; maxLength 256)
            state: 启用状态 (since 3.1.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCSI_LUN,
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

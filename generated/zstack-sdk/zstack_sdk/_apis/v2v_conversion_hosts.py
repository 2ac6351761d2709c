"""``client.v2v_conversion_hosts``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_v2_v_conversion_host_result import AddV2VConversionHostResult
    from ..models.change_v2_v_conversion_host_state_result import ChangeV2VConversionHostStateResult
    from ..models.convert_vm_from_foreign_hypervisor_result import (
        ConvertVmFromForeignHypervisorResult,
    )
    from ..models.delete_v2_v_conversion_host_result import DeleteV2VConversionHostResult
    from ..models.query_v2_v_conversion_host_result import QueryV2VConversionHostResult
    from ..models.update_v2_v_conversion_host_result import UpdateV2VConversionHostResult
    from ..models.v2_v_conversion_host_inventory import V2VConversionHostInventory

__all__ = ["AsyncV2vConversionHostsApi", "V2vConversionHostsApi"]


ADD_V2_V_CONVERSION_HOST: Api[AddV2VConversionHostResult] = Api(
    "AddV2VConversionHost",
    "POST",
    "/v2v-conversion-hosts",
    params=(
        ("description", "body", "3.0.1"),
        ("hostUuid", "body", "3.0.1"),
        ("name", "body", "3.0.1"),
        ("resourceUuid", "body", "3.0.1"),
        ("storagePath", "body", "3.0.1"),
        ("tagUuids", "body", "3.4.0"),
        ("type", "body", "3.0.1"),
        ("systemTags", "root", "3.0.1"),
        ("userTags", "root", "3.0.1"),
    ),
    names=(
        "description",
        "host_uuid",
        "name",
        "resource_uuid",
        "storage_path",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("hostUuid", "name", "storagePath", "type"),
    body_key="params",
    since="3.0.1",
    result=".models.add_v2_v_conversion_host_result:AddV2VConversionHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("storagePath", "storage_path", "maxLength", 2048),
        ("type", "type", "enum", ("VMWARE", "KVM")),
    ),
)

CHANGE_V2_V_CONVERSION_HOST_STATE: Api[ChangeV2VConversionHostStateResult] = Api(
    "ChangeV2VConversionHostState",
    "PUT",
    "/v2v-conversion-hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.1"),
        ("stateEvent", "body", "3.0.1"),
        ("systemTags", "root", "3.0.1"),
        ("userTags", "root", "3.0.1"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeV2VConversionHostState",
    since="3.0.1",
    result=".models.change_v2_v_conversion_host_state_result:ChangeV2VConversionHostStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CONVERT_VM_FROM_FOREIGN_HYPERVISOR: Api[ConvertVmFromForeignHypervisorResult] = Api(
    "ConvertVmFromForeignHypervisor",
    "POST",
    "/v2vs",
    params=(
        ("clusterUuid", "body", "3.0.1"),
        ("conversionHostUuid", "body", "3.0.1"),
        ("convertStrategy", "body", "3.6.0"),
        ("cpuNum", "body", "3.0.1"),
        ("defaultL3NetworkUuid", "body", "3.0.1"),
        ("description", "body", "3.0.1"),
        ("hostUuid", "body", "3.0.1"),
        ("l3NetworkUuids", "body", "3.0.1"),
        ("longJobDescription", "body", "3.0.1"),
        ("longJobName", "body", "3.0.1"),
        ("memorySize", "body", "3.0.1"),
        ("name", "body", "3.0.1"),
        ("pauseVm", "body", "3.6.0"),
        ("platform", "body", "3.0.1"),
        ("primaryStorageUuid", "body", "3.0.1"),
        ("resourceUuid", "body", "3.0.1"),
        ("rootFileSystem", "body", None),
        ("sshPrivKey", "body", "3.6.0"),
        ("strategy", "body", "3.0.1"),
        ("tagUuids", "body", "3.6.0"),
        ("type", "body", "3.0.1"),
        ("url", "body", "3.0.1"),
        ("volumeFilters", "body", "3.6.0"),
        ("zoneUuid", "body", "3.0.1"),
        ("systemTags", "root", "3.0.1"),
        ("userTags", "root", "3.0.1"),
    ),
    names=(
        "cluster_uuid",
        "conversion_host_uuid",
        "convert_strategy",
        "cpu_num",
        "default_l3_network_uuid",
        "description",
        "host_uuid",
        "l3_network_uuids",
        "long_job_description",
        "long_job_name",
        "memory_size",
        "name",
        "pause_vm",
        "platform",
        "primary_storage_uuid",
        "resource_uuid",
        "root_file_system",
        "ssh_priv_key",
        "strategy",
        "tag_uuids",
        "type",
        "url",
        "volume_filters",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "l3NetworkUuids", "memorySize", "name", "primaryStorageUuid", "url"),
    body_key="params",
    since="3.0.1",
    result=".models.convert_vm_from_foreign_hypervisor_result:ConvertVmFromForeignHypervisorResult",
    checks=(
        ("convertStrategy", "convert_strategy", "enum", ("CapacityOptimized", "EfficiencyFirst")),
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
        ("longJobDescription", "long_job_description", "maxLength", 2048),
        ("longJobName", "long_job_name", "maxLength", 255),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        (
            "platform",
            "platform",
            "enum",
            ("Linux", "Windows", "WindowsVirtio", "Paravirtualization", "Other"),
        ),
        ("strategy", "strategy", "enum", ("InstantStart", "JustConvert")),
        ("type", "type", "enum", ("UserVm", "ApplianceVm")),
        ("url", "url", "maxLength", 1024),
    ),
)

DELETE_V2_V_CONVERSION_HOST: Api[DeleteV2VConversionHostResult] = Api(
    "DeleteV2VConversionHost",
    "DELETE",
    "/v2v-conversion-hosts/{uuid}",
    params=(
        ("uuid", "path", "3.0.1"),
        ("deleteMode", "query", "3.0.1"),
        ("systemTags", "query", "3.0.1"),
        ("userTags", "query", "3.0.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.0.1",
    result=".models.delete_v2_v_conversion_host_result:DeleteV2VConversionHostResult",
)

QUERY_V2_V_CONVERSION_HOST: Api[QueryV2VConversionHostResult] = Api(
    "QueryV2VConversionHost",
    "GET",
    "/v2v-conversion-hosts",
    params=(
        ("uuid", "path", "3.0.1"),
        ("systemTags", "query", "3.0.1"),
        ("userTags", "query", "3.0.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.0.1",
    result=".models.query_v2_v_conversion_host_result:QueryV2VConversionHostResult",
    query=True,
    alt_paths=("/v2v-conversion-hosts/{uuid}",),
)

UPDATE_V2_V_CONVERSION_HOST: Api[UpdateV2VConversionHostResult] = Api(
    "UpdateV2VConversionHost",
    "PUT",
    "/v2v-conversion-hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.1"),
        ("description", "body", "3.0.1"),
        ("name", "body", "3.0.1"),
        ("storagePath", "body", "3.0.1"),
        ("systemTags", "root", "3.0.1"),
        ("userTags", "root", "3.0.1"),
    ),
    names=("uuid", "description", "name", "storage_path", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateV2VConversionHost",
    since="3.0.1",
    result=".models.update_v2_v_conversion_host_result:UpdateV2VConversionHostResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("storagePath", "storage_path", "maxLength", 2048),
    ),
)


class V2vConversionHostsApi(SyncNamespace):
    """v2v-conversion-hosts: 6 APIs (AddV2VConversionHost, ChangeV2VConversionHostState, ConvertVmFromForeignHypervisor, ...)."""

    __slots__ = ()

    def add_v2_v_conversion_host(
        self,
        *,
        host_uuid: str,
        name: str,
        storage_path: str,
        type: Literal["VMWARE", "KVM"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddV2VConversionHostResult:
        """添加V2V迁移服务器 (AddV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.1)
            name: 资源名称 (since 3.0.1; maxLength 255)
            resource_uuid: 资源UUID (since 3.0.1)
            storage_path: V2V迁移镜像保存路径 (since 3.0.1; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: V2V迁移服务器类型 (since 3.0.1; enum {'VMWARE', 'KVM'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V2_V_CONVERSION_HOST,
            {
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "storagePath": storage_path,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_v2_v_conversion_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeV2VConversionHostStateResult:
        """修改V2V迁移服务器状态 (ChangeV2VConversionHostState).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            state_event: 状态事件 (since 3.0.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_V2_V_CONVERSION_HOST_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def convert_vm_from_foreign_hypervisor(
        self,
        *,
        cpu_num: int,
        l3_network_uuids: Sequence[str],
        memory_size: int,
        name: str,
        primary_storage_uuid: str,
        url: str,
        cluster_uuid: str | None = None,
        conversion_host_uuid: str | None = None,
        convert_strategy: Literal["CapacityOptimized", "EfficiencyFirst"] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        pause_vm: bool | None = None,
        platform: Literal["Linux", "Windows", "WindowsVirtio", "Paravirtualization", "Other"]
        | None = None,
        resource_uuid: str | None = None,
        root_file_system: str | None = None,
        ssh_priv_key: str | None = None,
        strategy: Literal["InstantStart", "JustConvert"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        volume_filters: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ConvertVmFromForeignHypervisorResult:
        """V2V迁移 (ConvertVmFromForeignHypervisor).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.1)
            conversion_host_uuid: V2V迁移服务器UUID (since 3.0.1)
            convert_strategy: 迁移转化策略 (since 3.6.0; enum {'CapacityOptimized', 'EfficiencyFirst'})
            cpu_num: CPU核数 (since 3.0.1; minimum 1; maximum 1024)
            default_l3_network_uuid: 默认三层网络UUID (since 3.0.1)
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.1)
            l3_network_uuids: 三层网络UUID列表 (since 3.0.1; minItems 1)
            long_job_description: 迁移任务描述 (since 3.0.1; maxLength 2048)
            long_job_name: 迁移任务名称 (since 3.0.1; maxLength 255)
            memory_size: 内存大小 (since 3.0.1; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 3.0.1; maxLength 255)
            pause_vm: 迁移之前暂停虚拟机 (since 3.6.0)
            platform: 平台 (since 3.0.1; enum {'Linux', 'Windows', 'WindowsVirtio', 'Paravirtualization', 'Other'})
            primary_storage_uuid: 主存储UUID (since 3.0.1)
            resource_uuid: V2V迁移长任务资源UUID (since 3.0.1)
            root_file_system: rootFileSystem
            ssh_priv_key: 用于验证SSH登录的私钥 (since 3.6.0)
            strategy: V2V迁移策略，决定迁移后目标云主机是否马上启动 (since 3.0.1; enum {'InstantStart', 'JustConvert'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 云主机类型 (since 3.0.1; enum {'UserVm', 'ApplianceVm'})
            url: 源云主机路径 (since 3.0.1; maxLength 1024)
            volume_filters: 云盘过滤信息 (since 3.6.0)
            zone_uuid: 区域UUID (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CONVERT_VM_FROM_FOREIGN_HYPERVISOR,
            {
                "clusterUuid": cluster_uuid,
                "conversionHostUuid": conversion_host_uuid,
                "convertStrategy": convert_strategy,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "memorySize": memory_size,
                "name": name,
                "pauseVm": pause_vm,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "rootFileSystem": root_file_system,
                "sshPrivKey": ssh_priv_key,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "volumeFilters": volume_filters,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v2_v_conversion_host(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteV2VConversionHostResult:
        """删除V2V迁移服务器 (DeleteV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            delete_mode: deleteMode (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V2_V_CONVERSION_HOST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_v2_v_conversion_host(
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
    ) -> QueryV2VConversionHostResult:
        """查询V2V迁移服务器 (QueryV2VConversionHost).

        Since ZStack 3.0.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V2_V_CONVERSION_HOST,
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

    def query_v2_v_conversion_host_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[V2VConversionHostInventory]:
        """Every result of ``query_v2_v_conversion_host``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V2_V_CONVERSION_HOST,
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

    def update_v2_v_conversion_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        storage_path: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateV2VConversionHostResult:
        """更新V2V迁移服务器 (UpdateV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            name: 资源名称 (since 3.0.1; minLength 1; maxLength 255)
            storage_path: V2V迁移镜像保存路径 (since 3.0.1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V2_V_CONVERSION_HOST,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "storagePath": storage_path,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncV2vConversionHostsApi(AsyncNamespace):
    """v2v-conversion-hosts: 6 APIs (AddV2VConversionHost, ChangeV2VConversionHostState, ConvertVmFromForeignHypervisor, ...). (asyncio)"""

    __slots__ = ()

    async def add_v2_v_conversion_host(
        self,
        *,
        host_uuid: str,
        name: str,
        storage_path: str,
        type: Literal["VMWARE", "KVM"],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddV2VConversionHostResult:
        """添加V2V迁移服务器 (AddV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.1)
            name: 资源名称 (since 3.0.1; maxLength 255)
            resource_uuid: 资源UUID (since 3.0.1)
            storage_path: V2V迁移镜像保存路径 (since 3.0.1; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            type: V2V迁移服务器类型 (since 3.0.1; enum {'VMWARE', 'KVM'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V2_V_CONVERSION_HOST,
            {
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "storagePath": storage_path,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_v2_v_conversion_host_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeV2VConversionHostStateResult:
        """修改V2V迁移服务器状态 (ChangeV2VConversionHostState).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            state_event: 状态事件 (since 3.0.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_V2_V_CONVERSION_HOST_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def convert_vm_from_foreign_hypervisor(
        self,
        *,
        cpu_num: int,
        l3_network_uuids: Sequence[str],
        memory_size: int,
        name: str,
        primary_storage_uuid: str,
        url: str,
        cluster_uuid: str | None = None,
        conversion_host_uuid: str | None = None,
        convert_strategy: Literal["CapacityOptimized", "EfficiencyFirst"] | None = None,
        default_l3_network_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        long_job_description: str | None = None,
        long_job_name: str | None = None,
        pause_vm: bool | None = None,
        platform: Literal["Linux", "Windows", "WindowsVirtio", "Paravirtualization", "Other"]
        | None = None,
        resource_uuid: str | None = None,
        root_file_system: str | None = None,
        ssh_priv_key: str | None = None,
        strategy: Literal["InstantStart", "JustConvert"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["UserVm", "ApplianceVm"] | None = None,
        volume_filters: Sequence[Any] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ConvertVmFromForeignHypervisorResult:
        """V2V迁移 (ConvertVmFromForeignHypervisor).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 3.0.1)
            conversion_host_uuid: V2V迁移服务器UUID (since 3.0.1)
            convert_strategy: 迁移转化策略 (since 3.6.0; enum {'CapacityOptimized', 'EfficiencyFirst'})
            cpu_num: CPU核数 (since 3.0.1; minimum 1; maximum 1024)
            default_l3_network_uuid: 默认三层网络UUID (since 3.0.1)
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            host_uuid: 物理机UUID (since 3.0.1)
            l3_network_uuids: 三层网络UUID列表 (since 3.0.1; minItems 1)
            long_job_description: 迁移任务描述 (since 3.0.1; maxLength 2048)
            long_job_name: 迁移任务名称 (since 3.0.1; maxLength 255)
            memory_size: 内存大小 (since 3.0.1; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 3.0.1; maxLength 255)
            pause_vm: 迁移之前暂停虚拟机 (since 3.6.0)
            platform: 平台 (since 3.0.1; enum {'Linux', 'Windows', 'WindowsVirtio', 'Paravirtualization', 'Other'})
            primary_storage_uuid: 主存储UUID (since 3.0.1)
            resource_uuid: V2V迁移长任务资源UUID (since 3.0.1)
            root_file_system: rootFileSystem
            ssh_priv_key: 用于验证SSH登录的私钥 (since 3.6.0)
            strategy: V2V迁移策略，决定迁移后目标云主机是否马上启动 (since 3.0.1; enum {'InstantStart', 'JustConvert'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 云主机类型 (since 3.0.1; enum {'UserVm', 'ApplianceVm'})
            url: 源云主机路径 (since 3.0.1; maxLength 1024)
            volume_filters: 云盘过滤信息 (since 3.6.0)
            zone_uuid: 区域UUID (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CONVERT_VM_FROM_FOREIGN_HYPERVISOR,
            {
                "clusterUuid": cluster_uuid,
                "conversionHostUuid": conversion_host_uuid,
                "convertStrategy": convert_strategy,
                "cpuNum": cpu_num,
                "defaultL3NetworkUuid": default_l3_network_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "longJobDescription": long_job_description,
                "longJobName": long_job_name,
                "memorySize": memory_size,
                "name": name,
                "pauseVm": pause_vm,
                "platform": platform,
                "primaryStorageUuid": primary_storage_uuid,
                "resourceUuid": resource_uuid,
                "rootFileSystem": root_file_system,
                "sshPrivKey": ssh_priv_key,
                "strategy": strategy,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "volumeFilters": volume_filters,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v2_v_conversion_host(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteV2VConversionHostResult:
        """删除V2V迁移服务器 (DeleteV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            delete_mode: deleteMode (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V2_V_CONVERSION_HOST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_v2_v_conversion_host(
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
    ) -> QueryV2VConversionHostResult:
        """查询V2V迁移服务器 (QueryV2VConversionHost).

        Since ZStack 3.0.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V2_V_CONVERSION_HOST,
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

    def query_v2_v_conversion_host_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[V2VConversionHostInventory]:
        """Every result of ``query_v2_v_conversion_host``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V2_V_CONVERSION_HOST,
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

    async def update_v2_v_conversion_host(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        storage_path: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateV2VConversionHostResult:
        """更新V2V迁移服务器 (UpdateV2VConversionHost).

        Since ZStack 3.0.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.1)
            description: 资源的详细描述 (since 3.0.1; maxLength 2048)
            name: 资源名称 (since 3.0.1; minLength 1; maxLength 255)
            storage_path: V2V迁移镜像保存路径 (since 3.0.1; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V2_V_CONVERSION_HOST,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "storagePath": storage_path,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.observability_server``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.attach_service_to_observability_server_result import (
        AttachServiceToObservabilityServerResult,
    )
    from ..models.create_observability_server_offering_result import (
        CreateObservabilityServerOfferingResult,
    )
    from ..models.create_observability_server_result import CreateObservabilityServerResult
    from ..models.detach_service_from_observability_server_result import (
        DetachServiceFromObservabilityServerResult,
    )
    from ..models.get_observability_server_service_data_result import (
        GetObservabilityServerServiceDataResult,
    )

__all__ = ["AsyncObservabilityServerApi", "ObservabilityServerApi"]


ATTACH_SERVICE_TO_OBSERVABILITY_SERVER: Api[AttachServiceToObservabilityServerResult] = Api(
    "AttachServiceToObservabilityServer",
    "POST",
    "/observability-server/{observabilityServerUuid}/service",
    params=(
        ("observabilityServerUuid", "path", "5.3.28"),
        ("serviceType", "body", "5.3.28"),
        ("serviceUuid", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("observability_server_uuid", "service_type", "service_uuid", "system_tags", "user_tags"),
    required=("observabilityServerUuid", "serviceType", "serviceUuid"),
    body_key="params",
    since="5.3.28",
    result=".models.attach_service_to_observability_server_result:AttachServiceToObservabilityServerResult",
    checks=(("serviceType", "service_type", "enum", ("loadBalancer",)),),
)

CREATE_OBSERVABILITY_SERVER: Api[CreateObservabilityServerResult] = Api(
    "CreateObservabilityServer",
    "POST",
    "/observability-servers",
    params=(
        ("clusterUuid", "body", "5.3.28"),
        ("description", "body", "5.3.28"),
        ("hostUuid", "body", "5.3.28"),
        ("name", "body", "5.3.28"),
        ("observabilityServerOfferingUuid", "body", "5.3.28"),
        ("primaryStorageUuidForRootVolume", "body", "5.3.28"),
        ("resourceUuid", "body", "5.3.28"),
        ("rootVolumeSystemTags", "body", "5.3.28"),
        ("tagUuids", "body", "5.3.28"),
        ("zoneUuid", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "host_uuid",
        "name",
        "observability_server_offering_uuid",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "observabilityServerOfferingUuid"),
    body_key="params",
    since="5.3.28",
    result=".models.create_observability_server_result:CreateObservabilityServerResult",
)

CREATE_OBSERVABILITY_SERVER_OFFERING: Api[CreateObservabilityServerOfferingResult] = Api(
    "CreateObservabilityServerOffering",
    "POST",
    "/instance-offerings/observability-servers",
    params=(
        ("allocatorStrategy", "body", "5.3.28"),
        ("cpuNum", "body", "5.3.28"),
        ("description", "body", "5.3.28"),
        ("imageUuid", "body", "5.3.28"),
        ("isDefault", "body", "5.3.28"),
        ("managementNetworkUuid", "body", "5.3.28"),
        ("memorySize", "body", "5.3.28"),
        ("name", "body", "5.3.28"),
        ("publicNetworkUuid", "body", "5.3.28"),
        ("reservedMemorySize", "body", "5.3.28"),
        ("resourceUuid", "body", "5.3.28"),
        ("sortKey", "body", "5.3.28"),
        ("tagUuids", "body", "5.3.28"),
        ("type", "body", "5.3.28"),
        ("zoneUuid", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=(
        "allocator_strategy",
        "cpu_num",
        "description",
        "image_uuid",
        "is_default",
        "management_network_uuid",
        "memory_size",
        "name",
        "public_network_uuid",
        "reserved_memory_size",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "imageUuid", "managementNetworkUuid", "memorySize", "name", "zoneUuid"),
    body_key="params",
    since="5.3.28",
    result=".models.create_observability_server_offering_result:CreateObservabilityServerOfferingResult",
)

DETACH_SERVICE_FROM_OBSERVABILITY_SERVER: Api[DetachServiceFromObservabilityServerResult] = Api(
    "DetachServiceFromObservabilityServer",
    "DELETE",
    "/observability-server/{observabilityServerUuid}/service",
    params=(
        ("observabilityServerUuid", "path", "5.3.28"),
        ("serviceType", "query", "5.3.28"),
        ("serviceUuid", "query", "5.3.28"),
        ("systemTags", "query", "5.3.28"),
        ("userTags", "query", "5.3.28"),
    ),
    names=("observability_server_uuid", "service_type", "service_uuid", "system_tags", "user_tags"),
    required=("observabilityServerUuid", "serviceType", "serviceUuid"),
    since="5.3.28",
    result=".models.detach_service_from_observability_server_result:DetachServiceFromObservabilityServerResult",
    checks=(("serviceType", "service_type", "enum", ("loadBalancer",)),),
)

GET_OBSERVABILITY_SERVER_SERVICE_DATA: Api[GetObservabilityServerServiceDataResult] = Api(
    "GetObservabilityServerServiceData",
    "POST",
    "/observability-server/{observabilityServerUuid}/service-data",
    params=(
        ("observabilityServerUuid", "path", "5.3.28"),
        ("endTime", "body", "5.3.28"),
        ("labelFilters", "body", "5.3.28"),
        ("limit", "body", "5.3.28"),
        ("serviceType", "body", "5.3.28"),
        ("serviceUuid", "body", "5.3.28"),
        ("sortDirection", "body", "5.3.28"),
        ("startTime", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=(
        "observability_server_uuid",
        "end_time",
        "label_filters",
        "limit",
        "service_type",
        "service_uuid",
        "sort_direction",
        "start_time",
        "system_tags",
        "user_tags",
    ),
    required=("observabilityServerUuid", "serviceType", "serviceUuid"),
    body_key="params",
    since="5.3.28",
    result=".models.get_observability_server_service_data_result:GetObservabilityServerServiceDataResult",
    checks=(
        ("serviceType", "service_type", "enum", ("loadBalancer",)),
        ("sortDirection", "sort_direction", "enum", ("asc", "desc")),
    ),
)


class ObservabilityServerApi(SyncNamespace):
    """observability-server: 5 APIs (AttachServiceToObservabilityServer, CreateObservabilityServer, CreateObservabilityServerOffering, ...)."""

    __slots__ = ()

    def attach_service_to_observability_server(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachServiceToObservabilityServerResult:
        """高级监控服务器绑定服务 (AttachServiceToObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SERVICE_TO_OBSERVABILITY_SERVER,
            {
                "observabilityServerUuid": observability_server_uuid,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_observability_server(
        self,
        *,
        name: str,
        observability_server_offering_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateObservabilityServerResult:
        """创建高级监控服务器 (CreateObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            host_uuid: 物理机UUID (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            observability_server_offering_uuid: observabilityServerOfferingUuid (since 5.3.28)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            root_volume_system_tags: rootVolumeSystemTags (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            zone_uuid: 区域UUID (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OBSERVABILITY_SERVER,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "observabilityServerOfferingUuid": observability_server_offering_uuid,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_observability_server_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
        public_network_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateObservabilityServerOfferingResult:
        """创建高级监控服务器规格 (CreateObservabilityServerOffering).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 5.3.28)
            cpu_num: cpuNum (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            image_uuid: 镜像UUID (since 5.3.28)
            is_default: isDefault (since 5.3.28)
            management_network_uuid: managementNetworkUuid (since 5.3.28)
            memory_size: memorySize (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            public_network_uuid: publicNetworkUuid (since 5.3.28)
            reserved_memory_size: reservedMemorySize (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            sort_key: sortKey (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            type: type (since 5.3.28)
            zone_uuid: 区域UUID (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_OBSERVABILITY_SERVER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "publicNetworkUuid": public_network_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_service_from_observability_server(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachServiceFromObservabilityServerResult:
        """高级监控服务器解绑服务 (DetachServiceFromObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SERVICE_FROM_OBSERVABILITY_SERVER,
            {
                "observabilityServerUuid": observability_server_uuid,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_observability_server_service_data(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        end_time: str | None = None,
        label_filters: Mapping[str, Any] | None = None,
        limit: int | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetObservabilityServerServiceDataResult:
        """获取高级监控服务器服务数据 (GetObservabilityServerServiceData).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            end_time: endTime (since 5.3.28)
            label_filters: labelFilters (since 5.3.28)
            limit: limit (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            sort_direction: sortDirection (since 5.3.28; enum {'asc', 'desc'})
            start_time: startTime (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_OBSERVABILITY_SERVER_SERVICE_DATA,
            {
                "observabilityServerUuid": observability_server_uuid,
                "endTime": end_time,
                "labelFilters": label_filters,
                "limit": limit,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "sortDirection": sort_direction,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncObservabilityServerApi(AsyncNamespace):
    """observability-server: 5 APIs (AttachServiceToObservabilityServer, CreateObservabilityServer, CreateObservabilityServerOffering, ...). (asyncio)"""

    __slots__ = ()

    async def attach_service_to_observability_server(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachServiceToObservabilityServerResult:
        """高级监控服务器绑定服务 (AttachServiceToObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SERVICE_TO_OBSERVABILITY_SERVER,
            {
                "observabilityServerUuid": observability_server_uuid,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_observability_server(
        self,
        *,
        name: str,
        observability_server_offering_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateObservabilityServerResult:
        """创建高级监控服务器 (CreateObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            cluster_uuid: 集群UUID (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            host_uuid: 物理机UUID (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            observability_server_offering_uuid: observabilityServerOfferingUuid (since 5.3.28)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            root_volume_system_tags: rootVolumeSystemTags (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            zone_uuid: 区域UUID (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OBSERVABILITY_SERVER,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "observabilityServerOfferingUuid": observability_server_offering_uuid,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_observability_server_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        is_default: bool | None = None,
        public_network_uuid: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateObservabilityServerOfferingResult:
        """创建高级监控服务器规格 (CreateObservabilityServerOffering).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            allocator_strategy: allocatorStrategy (since 5.3.28)
            cpu_num: cpuNum (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            image_uuid: 镜像UUID (since 5.3.28)
            is_default: isDefault (since 5.3.28)
            management_network_uuid: managementNetworkUuid (since 5.3.28)
            memory_size: memorySize (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            public_network_uuid: publicNetworkUuid (since 5.3.28)
            reserved_memory_size: reservedMemorySize (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            sort_key: sortKey (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            type: type (since 5.3.28)
            zone_uuid: 区域UUID (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_OBSERVABILITY_SERVER_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "publicNetworkUuid": public_network_uuid,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_service_from_observability_server(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachServiceFromObservabilityServerResult:
        """高级监控服务器解绑服务 (DetachServiceFromObservabilityServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SERVICE_FROM_OBSERVABILITY_SERVER,
            {
                "observabilityServerUuid": observability_server_uuid,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_observability_server_service_data(
        self,
        *,
        observability_server_uuid: str,
        service_type: Literal["loadBalancer"],
        service_uuid: str,
        end_time: str | None = None,
        label_filters: Mapping[str, Any] | None = None,
        limit: int | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start_time: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetObservabilityServerServiceDataResult:
        """获取高级监控服务器服务数据 (GetObservabilityServerServiceData).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            observability_server_uuid: observabilityServerUuid (since 5.3.28)
            end_time: endTime (since 5.3.28)
            label_filters: labelFilters (since 5.3.28)
            limit: limit (since 5.3.28)
            service_type: serviceType (since 5.3.28; enum {'loadBalancer'})
            service_uuid: serviceUuid (since 5.3.28)
            sort_direction: sortDirection (since 5.3.28; enum {'asc', 'desc'})
            start_time: startTime (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_OBSERVABILITY_SERVER_SERVICE_DATA,
            {
                "observabilityServerUuid": observability_server_uuid,
                "endTime": end_time,
                "labelFilters": label_filters,
                "limit": limit,
                "serviceType": service_type,
                "serviceUuid": service_uuid,
                "sortDirection": sort_direction,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

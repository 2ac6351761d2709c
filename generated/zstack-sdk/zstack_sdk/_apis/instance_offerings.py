"""``client.instance_offerings``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.appliance_vm_inventory import ApplianceVmInventory
    from ..models.create_virtual_router_offering_result import CreateVirtualRouterOfferingResult
    from ..models.get_attachable_public_l3_for_v_router_result import (
        GetAttachablePublicL3ForVRouterResult,
    )
    from ..models.query_appliance_vm_result import QueryApplianceVmResult
    from ..models.query_virtual_router_offering_result import QueryVirtualRouterOfferingResult
    from ..models.query_virtual_router_vm_result import QueryVirtualRouterVmResult
    from ..models.reconnect_virtual_router_result import ReconnectVirtualRouterResult
    from ..models.update_virtual_router_offering_result import UpdateVirtualRouterOfferingResult
    from ..models.virtual_router_offering_inventory import VirtualRouterOfferingInventory

__all__ = ["AsyncInstanceOfferingsApi", "InstanceOfferingsApi"]


CREATE_VIRTUAL_ROUTER_OFFERING: Api[CreateVirtualRouterOfferingResult] = Api(
    "CreateVirtualRouterOffering",
    "POST",
    "/instance-offerings/virtual-routers",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("isDefault", "body", "0.6"),
        ("managementNetworkUuid", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("publicNetworkUuid", "body", "0.6"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
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
    since="0.6",
    result=".models.create_virtual_router_offering_result:CreateVirtualRouterOfferingResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
    ),
)

GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER: Api[GetAttachablePublicL3ForVRouterResult] = Api(
    "GetAttachablePublicL3ForVRouter",
    "GET",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="2.2",
    result=".models.get_attachable_public_l3_for_v_router_result:GetAttachablePublicL3ForVRouterResult",
)

QUERY_APPLIANCE_VM: Api[QueryApplianceVmResult] = Api(
    "QueryApplianceVm",
    "GET",
    "/vm-instances/appliances",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_appliance_vm_result:QueryApplianceVmResult",
    query=True,
    alt_paths=("/vm-instances/appliances/{uuid}",),
)

QUERY_VIRTUAL_ROUTER_OFFERING: Api[QueryVirtualRouterOfferingResult] = Api(
    "QueryVirtualRouterOffering",
    "GET",
    "/instance-offerings/virtual-routers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_virtual_router_offering_result:QueryVirtualRouterOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/virtual-routers/{uuid}",),
)

QUERY_VIRTUAL_ROUTER_VM: Api[QueryVirtualRouterVmResult] = Api(
    "QueryVirtualRouterVm",
    "GET",
    "/vm-instances/appliances/virtual-routers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_virtual_router_vm_result:QueryVirtualRouterVmResult",
    query=True,
    alt_paths=("/vm-instances/appliances/virtual-routers/{uuid}",),
)

RECONNECT_VIRTUAL_ROUTER: Api[ReconnectVirtualRouterResult] = Api(
    "ReconnectVirtualRouter",
    "PUT",
    "/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="reconnectVirtualRouter",
    since="0.6",
    result=".models.reconnect_virtual_router_result:ReconnectVirtualRouterResult",
)

UPDATE_VIRTUAL_ROUTER_OFFERING: Api[UpdateVirtualRouterOfferingResult] = Api(
    "UpdateVirtualRouterOffering",
    "PUT",
    "/instance-offerings/virtual-routers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("allocatorStrategy", "body", "2.3"),
        ("description", "body", "0.6"),
        ("imageUuid", "body", "0.6"),
        ("isDefault", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "uuid",
        "allocator_strategy",
        "description",
        "image_uuid",
        "is_default",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVirtualRouterOffering",
    since="0.6",
    result=".models.update_virtual_router_offering_result:UpdateVirtualRouterOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class InstanceOfferingsApi(SyncNamespace):
    """instance-offerings: 7 APIs (CreateVirtualRouterOffering, GetAttachablePublicL3ForVRouter, QueryApplianceVm, ...)."""

    __slots__ = ()

    def create_virtual_router_offering(
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
    ) -> CreateVirtualRouterOfferingResult:
        """创建路由器规格 (CreateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数量 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            management_network_uuid: 管理L3网络UUID (since 0.6)
            memory_size: 内存大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            public_network_uuid: 公有L3网络UUID (since 0.6)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序主键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VIRTUAL_ROUTER_OFFERING,
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

    def get_attachable_public_l3_for_v_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachablePublicL3ForVRouterResult:
        """获取路由器可加载外部网络 (GetAttachablePublicL3ForVRouter).

        获取路由可加载的公有网络和系统网络，将自动排除地址冲突的网络。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 路由器的UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_appliance_vm(
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
    ) -> QueryApplianceVmResult:
        """查询服务云主机 (QueryApplianceVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_APPLIANCE_VM,
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

    def query_appliance_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ApplianceVmInventory]:
        """Every result of ``query_appliance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APPLIANCE_VM,
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

    def query_virtual_router_offering(
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
    ) -> QueryVirtualRouterOfferingResult:
        """查询路由器规格 (QueryVirtualRouterOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VirtualRouterOfferingInventory]:
        """Every result of ``query_virtual_router_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_vm(
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
    ) -> QueryVirtualRouterVmResult:
        """查询VPC路由器 (QueryVirtualRouterVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def query_virtual_router_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ApplianceVmInventory]:
        """Every result of ``query_virtual_router_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def reconnect_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectVirtualRouterResult:
        """重连VPC路由器 (ReconnectVirtualRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_virtual_router_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        image_uuid: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterOfferingResult:
        """更新路由器规格 (UpdateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VIRTUAL_ROUTER_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncInstanceOfferingsApi(AsyncNamespace):
    """instance-offerings: 7 APIs (CreateVirtualRouterOffering, GetAttachablePublicL3ForVRouter, QueryApplianceVm, ...). (asyncio)"""

    __slots__ = ()

    async def create_virtual_router_offering(
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
    ) -> CreateVirtualRouterOfferingResult:
        """创建路由器规格 (CreateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数量 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            management_network_uuid: 管理L3网络UUID (since 0.6)
            memory_size: 内存大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            public_network_uuid: 公有L3网络UUID (since 0.6)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序主键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VIRTUAL_ROUTER_OFFERING,
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

    async def get_attachable_public_l3_for_v_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAttachablePublicL3ForVRouterResult:
        """获取路由器可加载外部网络 (GetAttachablePublicL3ForVRouter).

        获取路由可加载的公有网络和系统网络，将自动排除地址冲突的网络。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 路由器的UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ATTACHABLE_PUBLIC_L3_FOR_V_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_appliance_vm(
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
    ) -> QueryApplianceVmResult:
        """查询服务云主机 (QueryApplianceVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_APPLIANCE_VM,
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

    def query_appliance_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ApplianceVmInventory]:
        """Every result of ``query_appliance_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_APPLIANCE_VM,
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

    async def query_virtual_router_offering(
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
    ) -> QueryVirtualRouterOfferingResult:
        """查询路由器规格 (QueryVirtualRouterOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    def query_virtual_router_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VirtualRouterOfferingInventory]:
        """Every result of ``query_virtual_router_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_OFFERING,
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

    async def query_virtual_router_vm(
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
    ) -> QueryVirtualRouterVmResult:
        """查询VPC路由器 (QueryVirtualRouterVm).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_VM,
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

    def query_virtual_router_vm_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ApplianceVmInventory]:
        """Every result of ``query_virtual_router_vm``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_VM,
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

    async def reconnect_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectVirtualRouterResult:
        """重连VPC路由器 (ReconnectVirtualRouter).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_virtual_router_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        image_uuid: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVirtualRouterOfferingResult:
        """更新路由器规格 (UpdateVirtualRouterOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            image_uuid: 镜像UUID (since 0.6)
            is_default: 默认 (since 0.6)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VIRTUAL_ROUTER_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "imageUuid": image_uuid,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.l2_networks_vxlan_pool``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_l2_network_to_cluster_result import AttachL2NetworkToClusterResult
    from ..models.create_vni_range_result import CreateVniRangeResult
    from ..models.delete_vni_range_result import DeleteVniRangeResult
    from ..models.get_l2_network_types_result import GetL2NetworkTypesResult
    from ..models.get_v_switch_types_result import GetVSwitchTypesResult
    from ..models.query_vni_range_result import QueryVniRangeResult
    from ..models.update_l2_network_result import UpdateL2NetworkResult
    from ..models.update_vni_range_result import UpdateVniRangeResult
    from ..models.vni_range_inventory import VniRangeInventory

__all__ = ["AsyncL2NetworksVxlanPoolApi", "L2NetworksVxlanPoolApi"]


ATTACH_L2_NETWORK_TO_CLUSTER: Api[AttachL2NetworkToClusterResult] = Api(
    "AttachL2NetworkToCluster",
    "POST",
    "/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}",
    params=(
        ("l2NetworkUuid", "path", "0.6"),
        ("clusterUuid", "path", "0.6"),
        ("l2ProviderType", "body", "4.8.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("l2_network_uuid", "cluster_uuid", "l2_provider_type", "system_tags", "user_tags"),
    required=("l2NetworkUuid", "clusterUuid"),
    since="0.6",
    result=".models.attach_l2_network_to_cluster_result:AttachL2NetworkToClusterResult",
    checks=(("l2ProviderType", "l2_provider_type", "enum", ("LinuxBridge",)),),
)

CREATE_VNI_RANGE: Api[CreateVniRangeResult] = Api(
    "CreateVniRange",
    "POST",
    "/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges",
    params=(
        ("l2NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("endVni", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("startVni", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "l2_network_uuid",
        "description",
        "end_vni",
        "name",
        "resource_uuid",
        "start_vni",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l2NetworkUuid", "endVni", "name", "startVni"),
    body_key="params",
    since="0.6",
    result=".models.create_vni_range_result:CreateVniRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("endVni", "end_vni", "minimum", 0),
        ("endVni", "end_vni", "maximum", 16777214),
        ("name", "name", "maxLength", 255),
        ("startVni", "start_vni", "minimum", 0),
        ("startVni", "start_vni", "maximum", 16777214),
    ),
)

DELETE_VNI_RANGE: Api[DeleteVniRangeResult] = Api(
    "DeleteVniRange",
    "DELETE",
    "/l2-networks/vxlan-pool/vni-ranges/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_vni_range_result:DeleteVniRangeResult",
)

GET_L2_NETWORK_TYPES: Api[GetL2NetworkTypesResult] = Api(
    "GetL2NetworkTypes",
    "GET",
    "/l2-networks/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_l2_network_types_result:GetL2NetworkTypesResult",
)

GET_V_SWITCH_TYPES: Api[GetVSwitchTypesResult] = Api(
    "GetVSwitchTypes",
    "GET",
    "/l2-networks/vSwitchTypes",
    params=(
        ("systemTags", "query", "4.8.0"),
        ("userTags", "query", "4.8.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.8.0",
    result=".models.get_v_switch_types_result:GetVSwitchTypesResult",
)

QUERY_VNI_RANGE: Api[QueryVniRangeResult] = Api(
    "QueryVniRange",
    "GET",
    "/l2-networks/vxlan-pool/vni-range",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vni_range_result:QueryVniRangeResult",
    query=True,
    alt_paths=("/l2-networks/vxlan-pool/vni-range/{uuid}",),
)

UPDATE_L2_NETWORK: Api[UpdateL2NetworkResult] = Api(
    "UpdateL2Network",
    "PUT",
    "/l2-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateL2Network",
    since="0.6",
    result=".models.update_l2_network_result:UpdateL2NetworkResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VNI_RANGE: Api[UpdateVniRangeResult] = Api(
    "UpdateVniRange",
    "PUT",
    "/l2-networks/vxlan-pool/vni-ranges/{uuid}",
    params=(
        ("uuid", "path", "3.3.0"),
        ("name", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=("uuid", "name", "system_tags", "user_tags"),
    required=("uuid", "name"),
    body_key="updateVniRange",
    since="3.3.0",
    result=".models.update_vni_range_result:UpdateVniRangeResult",
    checks=(("name", "name", "maxLength", 255),),
)


class L2NetworksVxlanPoolApi(SyncNamespace):
    """l2-networks-vxlan-pool: 8 APIs (AttachL2NetworkToCluster, CreateVniRange, DeleteVniRange, ...)."""

    __slots__ = ()

    def attach_l2_network_to_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        l2_provider_type: Literal["LinuxBridge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL2NetworkToClusterResult:
        """挂载二层网络到集群 (AttachL2NetworkToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            l2_provider_type: 二层网络实现类型 (since 4.8.0; enum {'LinuxBridge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_L2_NETWORK_TO_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "l2ProviderType": l2_provider_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vni_range(
        self,
        *,
        l2_network_uuid: str,
        end_vni: int,
        name: str,
        start_vni: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVniRangeResult:
        """创建VNI Range (CreateVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层Vxlan网络资源池uuid (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            end_vni: endVni (since 0.6; minimum 0; maximum 16777214)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            start_vni: startVni (since 0.6; minimum 0; maximum 16777214)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VNI_RANGE,
            {
                "l2NetworkUuid": l2_network_uuid,
                "description": description,
                "endVni": end_vni,
                "name": name,
                "resourceUuid": resource_uuid,
                "startVni": start_vni,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vni_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVniRangeResult:
        """删除VNI Range (DeleteVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VNI_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l2_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取二层网络类型 (GetL2NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L2_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_switch_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVSwitchTypesResult:
        """获取虚拟交换机类型 (GetVSwitchTypes).

        Since ZStack 4.8.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_SWITCH_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_vni_range(
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
    ) -> QueryVniRangeResult:
        """查询VNI Range (QueryVniRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VNI_RANGE,
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

    def query_vni_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VniRangeInventory]:
        """Every result of ``query_vni_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VNI_RANGE,
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

    def update_l2_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL2NetworkResult:
        """AI请求 (UpdateL2Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_L2_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vni_range(
        self,
        *,
        uuid: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVniRangeResult:
        """修改VNI Range (UpdateVniRange).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            name: name (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VNI_RANGE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncL2NetworksVxlanPoolApi(AsyncNamespace):
    """l2-networks-vxlan-pool: 8 APIs (AttachL2NetworkToCluster, CreateVniRange, DeleteVniRange, ...). (asyncio)"""

    __slots__ = ()

    async def attach_l2_network_to_cluster(
        self,
        *,
        l2_network_uuid: str,
        cluster_uuid: str,
        l2_provider_type: Literal["LinuxBridge"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachL2NetworkToClusterResult:
        """挂载二层网络到集群 (AttachL2NetworkToCluster).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层网络UUID (since 0.6)
            cluster_uuid: 集群UUID (since 0.6)
            l2_provider_type: 二层网络实现类型 (since 4.8.0; enum {'LinuxBridge'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_L2_NETWORK_TO_CLUSTER,
            {
                "l2NetworkUuid": l2_network_uuid,
                "clusterUuid": cluster_uuid,
                "l2ProviderType": l2_provider_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vni_range(
        self,
        *,
        l2_network_uuid: str,
        end_vni: int,
        name: str,
        start_vni: int,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVniRangeResult:
        """创建VNI Range (CreateVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l2_network_uuid: 二层Vxlan网络资源池uuid (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            end_vni: endVni (since 0.6; minimum 0; maximum 16777214)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            start_vni: startVni (since 0.6; minimum 0; maximum 16777214)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VNI_RANGE,
            {
                "l2NetworkUuid": l2_network_uuid,
                "description": description,
                "endVni": end_vni,
                "name": name,
                "resourceUuid": resource_uuid,
                "startVni": start_vni,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vni_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVniRangeResult:
        """删除VNI Range (DeleteVniRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VNI_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l2_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL2NetworkTypesResult:
        """获取二层网络类型 (GetL2NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L2_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_switch_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVSwitchTypesResult:
        """获取虚拟交换机类型 (GetVSwitchTypes).

        Since ZStack 4.8.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_SWITCH_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_vni_range(
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
    ) -> QueryVniRangeResult:
        """查询VNI Range (QueryVniRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VNI_RANGE,
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

    def query_vni_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VniRangeInventory]:
        """Every result of ``query_vni_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VNI_RANGE,
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

    async def update_l2_network(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL2NetworkResult:
        """AI请求 (UpdateL2Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 普通二层网络的详细描述 (since 0.6; maxLength 2048)
            name: 普通二层网络名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_L2_NETWORK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vni_range(
        self,
        *,
        uuid: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVniRangeResult:
        """修改VNI Range (UpdateVniRange).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            name: name (since 3.3.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VNI_RANGE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

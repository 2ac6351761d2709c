"""``client.routerarea``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_v_router_networks_to_ospf_area_result import (
        AddVRouterNetworksToOspfAreaResult,
    )
    from ..models.create_v_router_ospf_area_result import CreateVRouterOspfAreaResult
    from ..models.delete_v_router_ospf_area_result import DeleteVRouterOspfAreaResult
    from ..models.get_v_router_ospf_neighbor_result import GetVRouterOspfNeighborResult
    from ..models.get_v_router_router_id_result import GetVRouterRouterIdResult
    from ..models.network_router_area_ref_inventory import NetworkRouterAreaRefInventory
    from ..models.query_v_router_ospf_area_result import QueryVRouterOspfAreaResult
    from ..models.query_v_router_ospf_network_result import QueryVRouterOspfNetworkResult
    from ..models.remove_v_router_networks_from_ospf_area_result import (
        RemoveVRouterNetworksFromOspfAreaResult,
    )
    from ..models.router_area_inventory import RouterAreaInventory
    from ..models.set_v_router_router_id_result import SetVRouterRouterIdResult
    from ..models.update_v_router_ospf_area_result import UpdateVRouterOspfAreaResult

__all__ = ["AsyncRouterareaApi", "RouterareaApi"]


ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA: Api[AddVRouterNetworksToOspfAreaResult] = Api(
    "AddVRouterNetworksToOspfArea",
    "POST",
    "/routerArea/{routerAreaUuid}/router/{vRouterUuid}/addnetworks",
    params=(
        ("routerAreaUuid", "path", "3.4.0"),
        ("vRouterUuid", "path", "3.4.0"),
        ("l3NetworkUuids", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "router_area_uuid",
        "v_router_uuid",
        "l3_network_uuids",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("routerAreaUuid", "vRouterUuid", "l3NetworkUuids"),
    body_key="params",
    since="3.4.0",
    result=".models.add_v_router_networks_to_ospf_area_result:AddVRouterNetworksToOspfAreaResult",
    checks=(
        ("routerAreaUuid", "router_area_uuid", "minLength", 1),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
    ),
)

CREATE_V_ROUTER_OSPF_AREA: Api[CreateVRouterOspfAreaResult] = Api(
    "CreateVRouterOspfArea",
    "POST",
    "/routerArea",
    params=(
        ("areaAuth", "body", "3.4.0"),
        ("areaId", "body", "3.4.0"),
        ("areaType", "body", "3.4.0"),
        ("keyId", "body", "3.4.0"),
        ("password", "body", "3.4.0"),
        ("resourceUuid", "body", "3.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "area_auth",
        "area_id",
        "area_type",
        "key_id",
        "password",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("areaId",),
    body_key="params",
    since="3.4.0",
    result=".models.create_v_router_ospf_area_result:CreateVRouterOspfAreaResult",
    checks=(
        ("areaAuth", "area_auth", "maxLength", 16),
        ("areaId", "area_id", "maxLength", 64),
        ("areaType", "area_type", "maxLength", 16),
        ("keyId", "key_id", "minimum", 1),
        ("keyId", "key_id", "maximum", 255),
        ("password", "password", "maxLength", 16),
    ),
)

DELETE_V_ROUTER_OSPF_AREA: Api[DeleteVRouterOspfAreaResult] = Api(
    "DeleteVRouterOspfArea",
    "DELETE",
    "/routerArea/{uuid}",
    params=(
        ("uuid", "path", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.4.0",
    result=".models.delete_v_router_ospf_area_result:DeleteVRouterOspfAreaResult",
)

GET_V_ROUTER_OSPF_NEIGHBOR: Api[GetVRouterOspfNeighborResult] = Api(
    "GetVRouterOspfNeighbor",
    "GET",
    "/routerArea/{vRouterUuid}/neighbor",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("v_router_uuid", "system_tags", "user_tags"),
    required=("vRouterUuid",),
    since="3.4.0",
    result=".models.get_v_router_ospf_neighbor_result:GetVRouterOspfNeighborResult",
)

GET_V_ROUTER_ROUTER_ID: Api[GetVRouterRouterIdResult] = Api(
    "GetVRouterRouterId",
    "GET",
    "/routerArea/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("v_router_uuid", "system_tags", "user_tags"),
    required=("vRouterUuid",),
    since="3.4.0",
    result=".models.get_v_router_router_id_result:GetVRouterRouterIdResult",
)

QUERY_V_ROUTER_OSPF_AREA: Api[QueryVRouterOspfAreaResult] = Api(
    "QueryVRouterOspfArea",
    "GET",
    "/routerArea",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_v_router_ospf_area_result:QueryVRouterOspfAreaResult",
    query=True,
    alt_paths=("/routerArea/{uuid}",),
)

QUERY_V_ROUTER_OSPF_NETWORK: Api[QueryVRouterOspfNetworkResult] = Api(
    "QueryVRouterOspfNetwork",
    "GET",
    "/routerArea/network",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_v_router_ospf_network_result:QueryVRouterOspfNetworkResult",
    query=True,
    alt_paths=("/routerArea/networkR/{uuid}",),
)

REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA: Api[RemoveVRouterNetworksFromOspfAreaResult] = Api(
    "RemoveVRouterNetworksFromOspfArea",
    "DELETE",
    "/routerArea/networks",
    params=(
        ("uuids", "query", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuids", "delete_mode", "system_tags", "user_tags"),
    required=("uuids",),
    since="3.4.0",
    result=".models.remove_v_router_networks_from_ospf_area_result:RemoveVRouterNetworksFromOspfAreaResult",
)

SET_V_ROUTER_ROUTER_ID: Api[SetVRouterRouterIdResult] = Api(
    "SetVRouterRouterId",
    "POST",
    "/routerArea/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.4.0"),
        ("routerId", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("v_router_uuid", "router_id", "system_tags", "user_tags"),
    required=("vRouterUuid", "routerId"),
    body_key="params",
    since="3.4.0",
    result=".models.set_v_router_router_id_result:SetVRouterRouterIdResult",
    checks=(
        ("routerId", "router_id", "minLength", 1),
        ("routerId", "router_id", "maxLength", 16),
    ),
)

UPDATE_V_ROUTER_OSPF_AREA: Api[UpdateVRouterOspfAreaResult] = Api(
    "UpdateVRouterOspfArea",
    "PUT",
    "/routerArea/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("areaAuth", "body", "3.4.0"),
        ("areaType", "body", "3.4.0"),
        ("keyId", "body", "3.4.0"),
        ("password", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("uuid", "area_auth", "area_type", "key_id", "password", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVRouterOspfArea",
    since="3.4.0",
    result=".models.update_v_router_ospf_area_result:UpdateVRouterOspfAreaResult",
    checks=(
        ("areaAuth", "area_auth", "maxLength", 16),
        ("areaType", "area_type", "maxLength", 16),
        ("keyId", "key_id", "minimum", 1),
        ("keyId", "key_id", "maximum", 255),
        ("password", "password", "maxLength", 16),
    ),
)


class RouterareaApi(SyncNamespace):
    """routerarea: 10 APIs (AddVRouterNetworksToOspfArea, CreateVRouterOspfArea, DeleteVRouterOspfArea, ...)."""

    __slots__ = ()

    def add_v_router_networks_to_ospf_area(
        self,
        *,
        router_area_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToOspfAreaResult:
        """添加网络到OSPF的区域 (AddVRouterNetworksToOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            router_area_uuid: 路由区域的id，唯一标识 (since 3.4.0; minLength 1)
            v_router_uuid: vpc路由器的唯一标识id (since 3.4.0; minLength 1)
            l3_network_uuids: 3层网络的唯一标识id (since 3.4.0; minItems 1)
            resource_uuid: 资源的标识id (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA,
            {
                "routerAreaUuid": router_area_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_v_router_ospf_area(
        self,
        *,
        area_id: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterOspfAreaResult:
        """创建路由区域资源 (CreateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            area_auth: OSPF区域的认证方式 (since 3.4.0; maxLength 16)
            area_id: 区域Id，区域标识 (since 3.4.0; maxLength 64)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证方式为MD5时用到的keyid (since 3.4.0; minimum 1; maximum 255)
            password: 认证方式为plaintext时的密码 (since 3.4.0; maxLength 16)
            resource_uuid: 区域资源的唯一标识 (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_V_ROUTER_OSPF_AREA,
            {
                "areaAuth": area_auth,
                "areaId": area_id,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_ospf_area(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterOspfAreaResult:
        """删除OSPF路由区域 (DeleteVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_ospf_neighbor(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterOspfNeighborResult:
        """获取OSPF的邻居信息 (GetVRouterOspfNeighbor).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的uuid，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_OSPF_NEIGHBOR,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouterIdResult:
        """获取路由器的ID (GetVRouterRouterId).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_v_router_ospf_area(
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
    ) -> QueryVRouterOspfAreaResult:
        """查询OSPF路由区域信息 (QueryVRouterOspfArea).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_area_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[RouterAreaInventory]:
        """Every result of ``query_v_router_ospf_area``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_network(
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
    ) -> QueryVRouterOspfNetworkResult:
        """查询路由加入到区域的网络信息 (QueryVRouterOspfNetwork).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def query_v_router_ospf_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkRouterAreaRefInventory]:
        """Every result of ``query_v_router_ospf_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def remove_v_router_networks_from_ospf_area(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromOspfAreaResult:
        """从路由区域中移除网络 (RemoveVRouterNetworksFromOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: 网络区域表中的uuid，全局唯一标识 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVRouterRouterIdResult:
        """设置路由器的ID (SetVRouterRouterId).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            router_id: IP地址形式的ID (since 3.4.0; minLength 1; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_v_router_ospf_area(
        self,
        *,
        uuid: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterOspfAreaResult:
        """更改OSPF的路由区域属性 (UpdateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            area_auth: 区域认证方式 (since 3.4.0; maxLength 16)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证需要的KeyID (since 3.4.0; minimum 1; maximum 255)
            password: 认证需要的password (since 3.4.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "areaAuth": area_auth,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncRouterareaApi(AsyncNamespace):
    """routerarea: 10 APIs (AddVRouterNetworksToOspfArea, CreateVRouterOspfArea, DeleteVRouterOspfArea, ...). (asyncio)"""

    __slots__ = ()

    async def add_v_router_networks_to_ospf_area(
        self,
        *,
        router_area_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToOspfAreaResult:
        """添加网络到OSPF的区域 (AddVRouterNetworksToOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            router_area_uuid: 路由区域的id，唯一标识 (since 3.4.0; minLength 1)
            v_router_uuid: vpc路由器的唯一标识id (since 3.4.0; minLength 1)
            l3_network_uuids: 3层网络的唯一标识id (since 3.4.0; minItems 1)
            resource_uuid: 资源的标识id (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_NETWORKS_TO_OSPF_AREA,
            {
                "routerAreaUuid": router_area_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_v_router_ospf_area(
        self,
        *,
        area_id: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterOspfAreaResult:
        """创建路由区域资源 (CreateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            area_auth: OSPF区域的认证方式 (since 3.4.0; maxLength 16)
            area_id: 区域Id，区域标识 (since 3.4.0; maxLength 64)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证方式为MD5时用到的keyid (since 3.4.0; minimum 1; maximum 255)
            password: 认证方式为plaintext时的密码 (since 3.4.0; maxLength 16)
            resource_uuid: 区域资源的唯一标识 (since 3.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_V_ROUTER_OSPF_AREA,
            {
                "areaAuth": area_auth,
                "areaId": area_id,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_ospf_area(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterOspfAreaResult:
        """删除OSPF路由区域 (DeleteVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_ospf_neighbor(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterOspfNeighborResult:
        """获取OSPF的邻居信息 (GetVRouterOspfNeighbor).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的uuid，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_OSPF_NEIGHBOR,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouterIdResult:
        """获取路由器的ID (GetVRouterRouterId).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_v_router_ospf_area(
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
    ) -> QueryVRouterOspfAreaResult:
        """查询OSPF路由区域信息 (QueryVRouterOspfArea).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_OSPF_AREA,
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

    def query_v_router_ospf_area_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[RouterAreaInventory]:
        """Every result of ``query_v_router_ospf_area``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_AREA,
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

    async def query_v_router_ospf_network(
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
    ) -> QueryVRouterOspfNetworkResult:
        """查询路由加入到区域的网络信息 (QueryVRouterOspfNetwork).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    def query_v_router_ospf_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkRouterAreaRefInventory]:
        """Every result of ``query_v_router_ospf_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_OSPF_NETWORK,
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

    async def remove_v_router_networks_from_ospf_area(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromOspfAreaResult:
        """从路由区域中移除网络 (RemoveVRouterNetworksFromOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: 网络区域表中的uuid，全局唯一标识 (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_OSPF_AREA,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_v_router_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVRouterRouterIdResult:
        """设置路由器的ID (SetVRouterRouterId).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: 路由器的UUID，唯一标识 (since 3.4.0)
            router_id: IP地址形式的ID (since 3.4.0; minLength 1; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_V_ROUTER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_v_router_ospf_area(
        self,
        *,
        uuid: str,
        area_auth: str | None = None,
        area_type: str | None = None,
        key_id: int | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterOspfAreaResult:
        """更改OSPF的路由区域属性 (UpdateVRouterOspfArea).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            area_auth: 区域认证方式 (since 3.4.0; maxLength 16)
            area_type: 区域类型 (since 3.4.0; maxLength 16)
            key_id: 认证需要的KeyID (since 3.4.0; minimum 1; maximum 255)
            password: 认证需要的password (since 3.4.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V_ROUTER_OSPF_AREA,
            {
                "uuid": uuid,
                "areaAuth": area_auth,
                "areaType": area_type,
                "keyId": key_id,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

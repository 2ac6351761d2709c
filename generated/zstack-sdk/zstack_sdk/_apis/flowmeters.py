"""``client.flowmeters``: 14 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_v_router_networks_to_flow_meter_result import (
        AddVRouterNetworksToFlowMeterResult,
    )
    from ..models.create_flow_collector_result import CreateFlowCollectorResult
    from ..models.create_flow_meter_result import CreateFlowMeterResult
    from ..models.delete_flow_collector_result import DeleteFlowCollectorResult
    from ..models.delete_flow_meter_result import DeleteFlowMeterResult
    from ..models.flow_collector_inventory import FlowCollectorInventory
    from ..models.flow_meter_inventory import FlowMeterInventory
    from ..models.get_flow_meter_router_id_result import GetFlowMeterRouterIdResult
    from ..models.get_v_router_flow_counter_result import GetVRouterFlowCounterResult
    from ..models.network_router_flow_meter_ref_inventory import NetworkRouterFlowMeterRefInventory
    from ..models.query_flow_collector_result import QueryFlowCollectorResult
    from ..models.query_flow_meter_result import QueryFlowMeterResult
    from ..models.query_v_router_flow_meter_network_result import QueryVRouterFlowMeterNetworkResult
    from ..models.remove_v_router_networks_from_flow_meter_result import (
        RemoveVRouterNetworksFromFlowMeterResult,
    )
    from ..models.set_flow_meter_router_id_result import SetFlowMeterRouterIdResult
    from ..models.update_flow_collector_result import UpdateFlowCollectorResult
    from ..models.update_flow_meter_result import UpdateFlowMeterResult

__all__ = ["AsyncFlowmetersApi", "FlowmetersApi"]


ADD_V_ROUTER_NETWORKS_TO_FLOW_METER: Api[AddVRouterNetworksToFlowMeterResult] = Api(
    "AddVRouterNetworksToFlowMeter",
    "POST",
    "/flowmeters/{flowMeterUuid}/router/{vRouterUuid}/addnetworks",
    params=(
        ("flowMeterUuid", "path", "3.6.0"),
        ("vRouterUuid", "path", "3.6.0"),
        ("l3NetworkUuids", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "flow_meter_uuid",
        "v_router_uuid",
        "l3_network_uuids",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("flowMeterUuid", "vRouterUuid", "l3NetworkUuids"),
    body_key="params",
    since="3.6.0",
    result=".models.add_v_router_networks_to_flow_meter_result:AddVRouterNetworksToFlowMeterResult",
    checks=(
        ("flowMeterUuid", "flow_meter_uuid", "minLength", 1),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
        ("l3NetworkUuids", "l3_network_uuids", "minItems", 1),
    ),
)

CREATE_FLOW_COLLECTOR: Api[CreateFlowCollectorResult] = Api(
    "CreateFlowCollector",
    "POST",
    "/flowmeters/{flowMeterUuid}/collectors",
    params=(
        ("flowMeterUuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "flow_meter_uuid",
        "description",
        "name",
        "port",
        "resource_uuid",
        "server",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("flowMeterUuid",),
    body_key="params",
    since="3.6.0",
    result=".models.create_flow_collector_result:CreateFlowCollectorResult",
    checks=(
        ("flowMeterUuid", "flow_meter_uuid", "minLength", 1),
        ("description", "description", "maxLength", 128),
        ("name", "name", "maxLength", 32),
        ("port", "port", "minimum", 1025),
        ("port", "port", "maximum", 65535),
        ("server", "server", "maxLength", 48),
    ),
)

CREATE_FLOW_METER: Api[CreateFlowMeterResult] = Api(
    "CreateFlowMeter",
    "POST",
    "/flowmeters",
    params=(
        ("description", "body", "3.6.0"),
        ("generateInterval", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("sample", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("type", "body", "3.6.0"),
        ("version", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "description",
        "generate_interval",
        "name",
        "port",
        "resource_uuid",
        "sample",
        "server",
        "tag_uuids",
        "type",
        "version",
        "system_tags",
        "user_tags",
    ),
    required=("type",),
    body_key="params",
    since="3.6.0",
    result=".models.create_flow_meter_result:CreateFlowMeterResult",
    checks=(
        ("description", "description", "maxLength", 128),
        ("generateInterval", "generate_interval", "minimum", 1),
        ("generateInterval", "generate_interval", "maximum", 3600),
        ("name", "name", "maxLength", 32),
        ("port", "port", "minimum", 1025),
        ("port", "port", "maximum", 65535),
        ("sample", "sample", "minimum", 1),
        ("sample", "sample", "maximum", 2147483647),
        ("server", "server", "maxLength", 48),
        ("type", "type", "enum", ("NetFlow", "sFlow")),
        ("version", "version", "enum", ("V5", "V9")),
    ),
)

DELETE_FLOW_COLLECTOR: Api[DeleteFlowCollectorResult] = Api(
    "DeleteFlowCollector",
    "DELETE",
    "/flowmeters/collectors/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_flow_collector_result:DeleteFlowCollectorResult",
)

DELETE_FLOW_METER: Api[DeleteFlowMeterResult] = Api(
    "DeleteFlowMeter",
    "DELETE",
    "/flowmeters/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_flow_meter_result:DeleteFlowMeterResult",
)

GET_FLOW_METER_ROUTER_ID: Api[GetFlowMeterRouterIdResult] = Api(
    "GetFlowMeterRouterId",
    "GET",
    "/flowmeters/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("v_router_uuid", "system_tags", "user_tags"),
    required=("vRouterUuid",),
    since="3.6.0",
    result=".models.get_flow_meter_router_id_result:GetFlowMeterRouterIdResult",
)

GET_V_ROUTER_FLOW_COUNTER: Api[GetVRouterFlowCounterResult] = Api(
    "GetVRouterFlowCounter",
    "GET",
    "/flowmeters/{vRouterUuid}/counter",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("v_router_uuid", "system_tags", "user_tags"),
    required=("vRouterUuid",),
    since="3.6.0",
    result=".models.get_v_router_flow_counter_result:GetVRouterFlowCounterResult",
)

QUERY_FLOW_COLLECTOR: Api[QueryFlowCollectorResult] = Api(
    "QueryFlowCollector",
    "GET",
    "/flowmeters/collectors",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_flow_collector_result:QueryFlowCollectorResult",
    query=True,
    alt_paths=("/flowmeters/collectors/{uuid}",),
)

QUERY_FLOW_METER: Api[QueryFlowMeterResult] = Api(
    "QueryFlowMeter",
    "GET",
    "/flowmeters",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_flow_meter_result:QueryFlowMeterResult",
    query=True,
    alt_paths=("/flowmeters/{uuid}",),
)

QUERY_V_ROUTER_FLOW_METER_NETWORK: Api[QueryVRouterFlowMeterNetworkResult] = Api(
    "QueryVRouterFlowMeterNetwork",
    "GET",
    "/flowmeters/networks",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_v_router_flow_meter_network_result:QueryVRouterFlowMeterNetworkResult",
    query=True,
    alt_paths=("/flowmeters/networks/{uuid}",),
)

REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER: Api[RemoveVRouterNetworksFromFlowMeterResult] = Api(
    "RemoveVRouterNetworksFromFlowMeter",
    "DELETE",
    "/flowmeters/networks",
    params=(
        ("uuids", "query", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuids", "delete_mode", "system_tags", "user_tags"),
    required=("uuids",),
    since="3.6.0",
    result=".models.remove_v_router_networks_from_flow_meter_result:RemoveVRouterNetworksFromFlowMeterResult",
)

SET_FLOW_METER_ROUTER_ID: Api[SetFlowMeterRouterIdResult] = Api(
    "SetFlowMeterRouterId",
    "POST",
    "/flowmeters/{vRouterUuid}/routerid",
    params=(
        ("vRouterUuid", "path", "3.6.0"),
        ("routerId", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("v_router_uuid", "router_id", "system_tags", "user_tags"),
    required=("vRouterUuid", "routerId"),
    body_key="params",
    since="3.6.0",
    result=".models.set_flow_meter_router_id_result:SetFlowMeterRouterIdResult",
    checks=(
        ("routerId", "router_id", "minimum", 1),
        ("routerId", "router_id", "maximum", 255),
    ),
)

UPDATE_FLOW_COLLECTOR: Api[UpdateFlowCollectorResult] = Api(
    "UpdateFlowCollector",
    "PUT",
    "/flowmeters/collectors/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("port", "body", "3.6.0"),
        ("server", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "port", "server", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateFlowCollector",
    since="3.6.0",
    result=".models.update_flow_collector_result:UpdateFlowCollectorResult",
    checks=(
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        ("server", "server", "maxLength", 48),
    ),
)

UPDATE_FLOW_METER: Api[UpdateFlowMeterResult] = Api(
    "UpdateFlowMeter",
    "PUT",
    "/flowmeters/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("expireInterval", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("sample", "body", "3.6.0"),
        ("version", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "uuid",
        "description",
        "expire_interval",
        "name",
        "sample",
        "version",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateFlowMeter",
    since="3.6.0",
    result=".models.update_flow_meter_result:UpdateFlowMeterResult",
    checks=(
        ("description", "description", "maxLength", 128),
        ("expireInterval", "expire_interval", "minimum", 1),
        ("expireInterval", "expire_interval", "maximum", 3600),
        ("name", "name", "maxLength", 32),
        ("sample", "sample", "minimum", 1),
        ("sample", "sample", "maximum", 2147483647),
        ("version", "version", "enum", ("V5", "V9")),
    ),
)


class FlowmetersApi(SyncNamespace):
    """flowmeters: 14 APIs (AddVRouterNetworksToFlowMeter, CreateFlowCollector, CreateFlowMeter, ...)."""

    __slots__ = ()

    def add_v_router_networks_to_flow_meter(
        self,
        *,
        flow_meter_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToFlowMeterResult:
        """添加VPC路由器网络到FlowMeter中 (AddVRouterNetworksToFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源 (since 3.6.0; minLength 1)
            v_router_uuid: VPC路由器的uuid或者VPC路由器组的uuid (since 3.6.0; minLength 1)
            l3_network_uuids: VPC路由器网络的uuid (since 3.6.0; minItems 1)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_NETWORKS_TO_FLOW_METER,
            {
                "flowMeterUuid": flow_meter_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_flow_collector(
        self,
        *,
        flow_meter_uuid: str,
        description: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        server: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowCollectorResult:
        """创建流量监控搜集器 (CreateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源的uuid (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 流量搜集器服务的port (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            server: 流量搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FLOW_COLLECTOR,
            {
                "flowMeterUuid": flow_meter_uuid,
                "description": description,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "server": server,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_flow_meter(
        self,
        *,
        type: Literal["NetFlow", "sFlow"],
        description: str | None = None,
        generate_interval: int | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sample: int | None = None,
        server: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowMeterResult:
        """创建流量监控资源 (CreateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            generate_interval: 流量监控向搜集器发送的时间间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 搜集器服务的UDP端口 (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            sample: 流量监控的采样率 (since 3.6.0; minimum 1; maximum 2147483647)
            server: 搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 流量监控使用的协议 (since 3.6.0; enum {'NetFlow', 'sFlow'})
            version: 流量监控协议的版本号 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FLOW_METER,
            {
                "description": description,
                "generateInterval": generate_interval,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "sample": sample,
                "server": server,
                "tagUuids": tag_uuids,
                "type": type,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_flow_collector(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowCollectorResult:
        """删除流量监控搜集器 (DeleteFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_flow_meter(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowMeterResult:
        """删除流量监控资源 (DeleteFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FLOW_METER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFlowMeterRouterIdResult:
        """获取流量监控协议中使用的系统标识 (GetFlowMeterRouterId).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: VPC路由器的uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_flow_counter(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterFlowCounterResult:
        """流量监控的统计信息 (GetVRouterFlowCounter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_FLOW_COUNTER,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_flow_collector(
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
    ) -> QueryFlowCollectorResult:
        """查询流量监控的搜集器 (QueryFlowCollector).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_collector_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FlowCollectorInventory]:
        """Every result of ``query_flow_collector``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_meter(
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
    ) -> QueryFlowMeterResult:
        """查询流量监控资源 (QueryFlowMeter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FLOW_METER,
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

    def query_flow_meter_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[FlowMeterInventory]:
        """Every result of ``query_flow_meter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_METER,
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

    def query_v_router_flow_meter_network(
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
    ) -> QueryVRouterFlowMeterNetworkResult:
        """查询开启流量监控的VPC网络 (QueryVRouterFlowMeterNetwork).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def query_v_router_flow_meter_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkRouterFlowMeterRefInventory]:
        """Every result of ``query_v_router_flow_meter_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def remove_v_router_networks_from_flow_meter(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromFlowMeterResult:
        """清除VPC路由器网络的流量监控 (RemoveVRouterNetworksFromFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: uuids (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetFlowMeterRouterIdResult:
        """设置流量监控协议使用的VPC标识 (SetFlowMeterRouterId).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: vRouterUuid (since 3.6.0)
            router_id: 路由器标识 (since 3.6.0; minimum 1; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flow_collector(
        self,
        *,
        uuid: str,
        port: int | None = None,
        server: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowCollectorResult:
        """更新搜集器信息 (UpdateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            port: UDP端口 (since 3.6.0; minimum 1; maximum 65535)
            server: 搜集器的IP (since 3.6.0; maxLength 48)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "port": port,
                "server": server,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flow_meter(
        self,
        *,
        uuid: str,
        description: str | None = None,
        expire_interval: int | None = None,
        name: str | None = None,
        sample: int | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowMeterResult:
        """更新流量监控的信息 (UpdateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            expire_interval: 流量发送间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            sample: 流量采集样本率 (since 3.6.0; minimum 1; maximum 2147483647)
            version: 流量监控协议的版本 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLOW_METER,
            {
                "uuid": uuid,
                "description": description,
                "expireInterval": expire_interval,
                "name": name,
                "sample": sample,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncFlowmetersApi(AsyncNamespace):
    """flowmeters: 14 APIs (AddVRouterNetworksToFlowMeter, CreateFlowCollector, CreateFlowMeter, ...). (asyncio)"""

    __slots__ = ()

    async def add_v_router_networks_to_flow_meter(
        self,
        *,
        flow_meter_uuid: str,
        v_router_uuid: str,
        l3_network_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterNetworksToFlowMeterResult:
        """添加VPC路由器网络到FlowMeter中 (AddVRouterNetworksToFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源 (since 3.6.0; minLength 1)
            v_router_uuid: VPC路由器的uuid或者VPC路由器组的uuid (since 3.6.0; minLength 1)
            l3_network_uuids: VPC路由器网络的uuid (since 3.6.0; minItems 1)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_NETWORKS_TO_FLOW_METER,
            {
                "flowMeterUuid": flow_meter_uuid,
                "vRouterUuid": v_router_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_flow_collector(
        self,
        *,
        flow_meter_uuid: str,
        description: str | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        server: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowCollectorResult:
        """创建流量监控搜集器 (CreateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            flow_meter_uuid: 流量监控资源的uuid (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 流量搜集器服务的port (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            server: 流量搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FLOW_COLLECTOR,
            {
                "flowMeterUuid": flow_meter_uuid,
                "description": description,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "server": server,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_flow_meter(
        self,
        *,
        type: Literal["NetFlow", "sFlow"],
        description: str | None = None,
        generate_interval: int | None = None,
        name: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sample: int | None = None,
        server: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlowMeterResult:
        """创建流量监控资源 (CreateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            generate_interval: 流量监控向搜集器发送的时间间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            port: 搜集器服务的UDP端口 (since 3.6.0; minimum 1025; maximum 65535)
            resource_uuid: resourceUuid (since 3.6.0)
            sample: 流量监控的采样率 (since 3.6.0; minimum 1; maximum 2147483647)
            server: 搜集器的ip地址 (since 3.6.0; maxLength 48)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: 流量监控使用的协议 (since 3.6.0; enum {'NetFlow', 'sFlow'})
            version: 流量监控协议的版本号 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FLOW_METER,
            {
                "description": description,
                "generateInterval": generate_interval,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "sample": sample,
                "server": server,
                "tagUuids": tag_uuids,
                "type": type,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_flow_collector(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowCollectorResult:
        """删除流量监控搜集器 (DeleteFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_flow_meter(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFlowMeterResult:
        """删除流量监控资源 (DeleteFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FLOW_METER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFlowMeterRouterIdResult:
        """获取流量监控协议中使用的系统标识 (GetFlowMeterRouterId).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: VPC路由器的uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_flow_counter(
        self,
        *,
        v_router_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterFlowCounterResult:
        """流量监控的统计信息 (GetVRouterFlowCounter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            v_router_uuid: 路由器uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_FLOW_COUNTER,
            {
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_flow_collector(
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
    ) -> QueryFlowCollectorResult:
        """查询流量监控的搜集器 (QueryFlowCollector).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FLOW_COLLECTOR,
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

    def query_flow_collector_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FlowCollectorInventory]:
        """Every result of ``query_flow_collector``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_COLLECTOR,
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

    async def query_flow_meter(
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
    ) -> QueryFlowMeterResult:
        """查询流量监控资源 (QueryFlowMeter).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FLOW_METER,
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

    def query_flow_meter_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[FlowMeterInventory]:
        """Every result of ``query_flow_meter``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FLOW_METER,
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

    async def query_v_router_flow_meter_network(
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
    ) -> QueryVRouterFlowMeterNetworkResult:
        """查询开启流量监控的VPC网络 (QueryVRouterFlowMeterNetwork).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    def query_v_router_flow_meter_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkRouterFlowMeterRefInventory]:
        """Every result of ``query_v_router_flow_meter_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_FLOW_METER_NETWORK,
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

    async def remove_v_router_networks_from_flow_meter(
        self,
        *,
        uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVRouterNetworksFromFlowMeterResult:
        """清除VPC路由器网络的流量监控 (RemoveVRouterNetworksFromFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuids: uuids (since 3.6.0)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_V_ROUTER_NETWORKS_FROM_FLOW_METER,
            {
                "uuids": uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_flow_meter_router_id(
        self,
        *,
        v_router_uuid: str,
        router_id: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetFlowMeterRouterIdResult:
        """设置流量监控协议使用的VPC标识 (SetFlowMeterRouterId).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            v_router_uuid: vRouterUuid (since 3.6.0)
            router_id: 路由器标识 (since 3.6.0; minimum 1; maximum 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_FLOW_METER_ROUTER_ID,
            {
                "vRouterUuid": v_router_uuid,
                "routerId": router_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flow_collector(
        self,
        *,
        uuid: str,
        port: int | None = None,
        server: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowCollectorResult:
        """更新搜集器信息 (UpdateFlowCollector).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            port: UDP端口 (since 3.6.0; minimum 1; maximum 65535)
            server: 搜集器的IP (since 3.6.0; maxLength 48)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLOW_COLLECTOR,
            {
                "uuid": uuid,
                "port": port,
                "server": server,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flow_meter(
        self,
        *,
        uuid: str,
        description: str | None = None,
        expire_interval: int | None = None,
        name: str | None = None,
        sample: int | None = None,
        version: Literal["V5", "V9"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlowMeterResult:
        """更新流量监控的信息 (UpdateFlowMeter).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 128)
            expire_interval: 流量发送间隔 (since 3.6.0; minimum 1; maximum 3600)
            name: 资源名称 (since 3.6.0; maxLength 32)
            sample: 流量采集样本率 (since 3.6.0; minimum 1; maximum 2147483647)
            version: 流量监控协议的版本 (since 3.6.0; enum {'V5', 'V9'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLOW_METER,
            {
                "uuid": uuid,
                "description": description,
                "expireInterval": expire_interval,
                "name": name,
                "sample": sample,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.vrouter_route_tables``: 11 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_v_router_route_entry_result import AddVRouterRouteEntryResult
    from ..models.attach_v_router_route_table_to_v_router_result import (
        AttachVRouterRouteTableToVRouterResult,
    )
    from ..models.create_v_router_route_table_result import CreateVRouterRouteTableResult
    from ..models.delete_v_router_route_entry_result import DeleteVRouterRouteEntryResult
    from ..models.delete_v_router_route_table_result import DeleteVRouterRouteTableResult
    from ..models.detach_v_router_route_table_from_v_router_result import (
        DetachVRouterRouteTableFromVRouterResult,
    )
    from ..models.get_v_router_route_table_result import GetVRouterRouteTableResult
    from ..models.query_v_router_route_entry_result import QueryVRouterRouteEntryResult
    from ..models.query_v_router_route_table_result import QueryVRouterRouteTableResult
    from ..models.query_virtual_router_v_router_route_table_ref_result import (
        QueryVirtualRouterVRouterRouteTableRefResult,
    )
    from ..models.update_v_router_route_table_result import UpdateVRouterRouteTableResult
    from ..models.v_router_route_entry_inventory import VRouterRouteEntryInventory
    from ..models.virtual_router_v_router_route_table_ref_inventory import (
        VirtualRouterVRouterRouteTableRefInventory,
    )

__all__ = ["AsyncVrouterRouteTablesApi", "VrouterRouteTablesApi"]


ADD_V_ROUTER_ROUTE_ENTRY: Api[AddVRouterRouteEntryResult] = Api(
    "AddVRouterRouteEntry",
    "POST",
    "/vrouter-route-tables/{routeTableUuid}/route-entries",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("destination", "body", "2.1"),
        ("distance", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("target", "body", "2.1"),
        ("type", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "route_table_uuid",
        "description",
        "destination",
        "distance",
        "resource_uuid",
        "tag_uuids",
        "target",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("routeTableUuid", "destination"),
    body_key="params",
    since="2.1",
    result=".models.add_v_router_route_entry_result:AddVRouterRouteEntryResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("destination", "destination", "maxLength", 64),
        ("distance", "distance", "minimum", 1),
        ("distance", "distance", "maximum", 254),
        ("target", "target", "maxLength", 64),
        ("type", "type", "maxLength", 32),
    ),
)

ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER: Api[AttachVRouterRouteTableToVRouterResult] = Api(
    "AttachVRouterRouteTableToVRouter",
    "POST",
    "/vrouter-route-tables/{routeTableUuid}/attach",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("virtualRouterVmUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("route_table_uuid", "virtual_router_vm_uuid", "system_tags", "user_tags"),
    required=("routeTableUuid", "virtualRouterVmUuid"),
    body_key="params",
    since="2.1",
    result=".models.attach_v_router_route_table_to_v_router_result:AttachVRouterRouteTableToVRouterResult",
)

CREATE_V_ROUTER_ROUTE_TABLE: Api[CreateVRouterRouteTableResult] = Api(
    "CreateVRouterRouteTable",
    "POST",
    "/vrouter-route-tables",
    params=(
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since="2.1",
    result=".models.create_v_router_route_table_result:CreateVRouterRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_V_ROUTER_ROUTE_ENTRY: Api[DeleteVRouterRouteEntryResult] = Api(
    "DeleteVRouterRouteEntry",
    "DELETE",
    "/vrouter-route-tables/{routeTableUuid}/route-entries/{uuid}",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("route_table_uuid", "uuid", "delete_mode", "system_tags", "user_tags"),
    required=("routeTableUuid", "uuid"),
    since="2.1",
    result=".models.delete_v_router_route_entry_result:DeleteVRouterRouteEntryResult",
)

DELETE_V_ROUTER_ROUTE_TABLE: Api[DeleteVRouterRouteTableResult] = Api(
    "DeleteVRouterRouteTable",
    "DELETE",
    "/vrouter-route-tables/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.delete_v_router_route_table_result:DeleteVRouterRouteTableResult",
)

DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER: Api[DetachVRouterRouteTableFromVRouterResult] = Api(
    "DetachVRouterRouteTableFromVRouter",
    "DELETE",
    "/vrouter-route-tables/{routeTableUuid}/detach/{virtualRouterVmUuid}",
    params=(
        ("routeTableUuid", "path", "2.1"),
        ("virtualRouterVmUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("route_table_uuid", "virtual_router_vm_uuid", "system_tags", "user_tags"),
    required=("routeTableUuid", "virtualRouterVmUuid"),
    since="2.1",
    result=".models.detach_v_router_route_table_from_v_router_result:DetachVRouterRouteTableFromVRouterResult",
)

GET_V_ROUTER_ROUTE_TABLE: Api[GetVRouterRouteTableResult] = Api(
    "GetVRouterRouteTable",
    "GET",
    "/vrouter-route-tables/vrouter/{virtualRouterVmUuid}",
    params=(
        ("virtualRouterVmUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("virtual_router_vm_uuid", "system_tags", "user_tags"),
    required=("virtualRouterVmUuid",),
    since="2.1",
    result=".models.get_v_router_route_table_result:GetVRouterRouteTableResult",
)

QUERY_V_ROUTER_ROUTE_ENTRY: Api[QueryVRouterRouteEntryResult] = Api(
    "QueryVRouterRouteEntry",
    "GET",
    "/vrouter-route-tables/route-entries",
    params=(
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("system_tags", "user_tags"),
    since="2.1",
    result=".models.query_v_router_route_entry_result:QueryVRouterRouteEntryResult",
    query=True,
)

QUERY_V_ROUTER_ROUTE_TABLE: Api[QueryVRouterRouteTableResult] = Api(
    "QueryVRouterRouteTable",
    "GET",
    "/vrouter-route-tables",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_v_router_route_table_result:QueryVRouterRouteTableResult",
    query=True,
)

QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF: Api[QueryVirtualRouterVRouterRouteTableRefResult] = (
    Api(
        "QueryVirtualRouterVRouterRouteTableRef",
        "GET",
        "/vrouter-route-tables/virtual-router-refs",
        params=(
            ("systemTags", "query", "2.1"),
            ("userTags", "query", "2.1"),
        ),
        names=("system_tags", "user_tags"),
        since="2.1",
        result=".models.query_virtual_router_v_router_route_table_ref_result:QueryVirtualRouterVRouterRouteTableRefResult",
        query=True,
    )
)

UPDATE_V_ROUTER_ROUTE_TABLE: Api[UpdateVRouterRouteTableResult] = Api(
    "UpdateVRouterRouteTable",
    "PUT",
    "/vrouter-route-tables/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVRouterRouteTable",
    since=None,
    result=".models.update_v_router_route_table_result:UpdateVRouterRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)


class VrouterRouteTablesApi(SyncNamespace):
    """vrouter-route-tables: 11 APIs (AddVRouterRouteEntry, AttachVRouterRouteTableToVRouter, CreateVRouterRouteTable, ...)."""

    __slots__ = ()

    def add_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        destination: str,
        description: str | None = None,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        target: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterRouteEntryResult:
        """添加路由条目 (AddVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            destination: 目标网络地址，使用网络地址CIDR格式，如果用户填写的不是标准CIDR格式，系统会自动转换 (since 2.1; maxLength 64)
            distance: 路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1; minimum 1; maximum 254)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target: 下一跳地址 为一个路由器设备目前可以直接到达的IP地址，如果不可以直接到达，将会进行递归路由 (since 2.1; maxLength 64)
            type: 类型 允许用户添加"静态路由"、"黑洞路由"两种类型，系统会根据是否填下一条自动判断类型 (since 2.1; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "description": description,
                "destination": destination,
                "distance": distance,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "target": target,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_v_router_route_table_to_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVRouterRouteTableToVRouterResult:
        """绑定路由表到路由器 (AttachVRouterRouteTableToVRouter).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            virtual_router_vm_uuid: 路由设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_v_router_route_table(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterRouteTableResult:
        """创建路由表 (CreateVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_V_ROUTER_ROUTE_TABLE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteEntryResult:
        """删除路由条目 (DeleteVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_v_router_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteTableResult:
        """删除路由表 (DeleteVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_v_router_route_table_from_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVRouterRouteTableFromVRouterResult:
        """解绑路由表 (DetachVRouterRouteTableFromVRouter).

        从路由器设备解绑路由表。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            virtual_router_vm_uuid: 路由表设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_v_router_route_table(
        self,
        *,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouteTableResult:
        """获取路由器实时路由表 (GetVRouterRouteTable).

        返回路由设备实际实时路由表，包括非用户添加的全部路由。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            virtual_router_vm_uuid: 路由器设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_V_ROUTER_ROUTE_TABLE,
            {
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_v_router_route_entry(
        self,
        *,
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
    ) -> QueryVRouterRouteEntryResult:
        """查询路由条目 (QueryVRouterRouteEntry).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_ROUTE_ENTRY,
            {
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

    def query_v_router_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VRouterRouteEntryInventory]:
        """Every result of ``query_v_router_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    def query_v_router_route_table(
        self,
        *,
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
    ) -> QueryVRouterRouteTableResult:
        """查询路由表 (QueryVRouterRouteTable).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_V_ROUTER_ROUTE_TABLE,
            {
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

    def query_v_router_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_v_router_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    def query_virtual_router_v_router_route_table_ref(
        self,
        *,
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
    ) -> QueryVirtualRouterVRouterRouteTableRefResult:
        """查询绑定关系 (QueryVirtualRouterVRouterRouteTableRef).

        查询路由器设备与路由表绑定关系。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
            {
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

    def query_virtual_router_v_router_route_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VirtualRouterVRouterRouteTableRefInventory]:
        """Every result of ``query_virtual_router_v_router_route_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    def update_v_router_route_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterRouteTableResult:
        """Update V router route table (UpdateVRouterRouteTable).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVRouterRouteTableAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVrouterRouteTablesApi(AsyncNamespace):
    """vrouter-route-tables: 11 APIs (AddVRouterRouteEntry, AttachVRouterRouteTableToVRouter, CreateVRouterRouteTable, ...). (asyncio)"""

    __slots__ = ()

    async def add_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        destination: str,
        description: str | None = None,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        target: str | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVRouterRouteEntryResult:
        """添加路由条目 (AddVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            destination: 目标网络地址，使用网络地址CIDR格式，如果用户填写的不是标准CIDR格式，系统会自动转换 (since 2.1; maxLength 64)
            distance: 路由优先级，在最小匹配下如果有多条路由规则匹配，优先级数字小的规则将会被匹配 (since 2.1; minimum 1; maximum 254)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target: 下一跳地址 为一个路由器设备目前可以直接到达的IP地址，如果不可以直接到达，将会进行递归路由 (since 2.1; maxLength 64)
            type: 类型 允许用户添加"静态路由"、"黑洞路由"两种类型，系统会根据是否填下一条自动判断类型 (since 2.1; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "description": description,
                "destination": destination,
                "distance": distance,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "target": target,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_v_router_route_table_to_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVRouterRouteTableToVRouterResult:
        """绑定路由表到路由器 (AttachVRouterRouteTableToVRouter).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            virtual_router_vm_uuid: 路由设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_V_ROUTER_ROUTE_TABLE_TO_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_v_router_route_table(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVRouterRouteTableResult:
        """创建路由表 (CreateVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_V_ROUTER_ROUTE_TABLE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_route_entry(
        self,
        *,
        route_table_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteEntryResult:
        """删除路由条目 (DeleteVRouterRouteEntry).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: routeTableUuid (since 2.1)
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_ROUTE_ENTRY,
            {
                "routeTableUuid": route_table_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_v_router_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVRouterRouteTableResult:
        """删除路由表 (DeleteVRouterRouteTable).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_v_router_route_table_from_v_router(
        self,
        *,
        route_table_uuid: str,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVRouterRouteTableFromVRouterResult:
        """解绑路由表 (DetachVRouterRouteTableFromVRouter).

        从路由器设备解绑路由表。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            route_table_uuid: 路由表UUID (since 2.1)
            virtual_router_vm_uuid: 路由表设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_V_ROUTER_ROUTE_TABLE_FROM_V_ROUTER,
            {
                "routeTableUuid": route_table_uuid,
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_v_router_route_table(
        self,
        *,
        virtual_router_vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVRouterRouteTableResult:
        """获取路由器实时路由表 (GetVRouterRouteTable).

        返回路由设备实际实时路由表，包括非用户添加的全部路由。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            virtual_router_vm_uuid: 路由器设备UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_V_ROUTER_ROUTE_TABLE,
            {
                "virtualRouterVmUuid": virtual_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_v_router_route_entry(
        self,
        *,
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
    ) -> QueryVRouterRouteEntryResult:
        """查询路由条目 (QueryVRouterRouteEntry).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_ROUTE_ENTRY,
            {
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

    def query_v_router_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VRouterRouteEntryInventory]:
        """Every result of ``query_v_router_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_ENTRY,
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

    async def query_v_router_route_table(
        self,
        *,
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
    ) -> QueryVRouterRouteTableResult:
        """查询路由表 (QueryVRouterRouteTable).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_V_ROUTER_ROUTE_TABLE,
            {
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

    def query_v_router_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_v_router_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_V_ROUTER_ROUTE_TABLE,
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

    async def query_virtual_router_v_router_route_table_ref(
        self,
        *,
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
    ) -> QueryVirtualRouterVRouterRouteTableRefResult:
        """查询绑定关系 (QueryVirtualRouterVRouterRouteTableRef).

        查询路由器设备与路由表绑定关系。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
            {
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

    def query_virtual_router_v_router_route_table_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VirtualRouterVRouterRouteTableRefInventory]:
        """Every result of ``query_virtual_router_v_router_route_table_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VIRTUAL_ROUTER_V_ROUTER_ROUTE_TABLE_REF,
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

    async def update_v_router_route_table(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVRouterRouteTableResult:
        """Update V router route table (UpdateVRouterRouteTable).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateVRouterRouteTableAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (minLength 1; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_V_ROUTER_ROUTE_TABLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

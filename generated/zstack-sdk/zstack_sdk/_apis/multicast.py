"""``client.multicast``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_rendezvous_point_to_multicast_router_result import (
        AddRendezvousPointToMulticastRouterResult,
    )
    from ..models.change_multicast_router_state_result import ChangeMulticastRouterStateResult
    from ..models.create_multicast_router_result import CreateMulticastRouterResult
    from ..models.delete_multicast_router_result import DeleteMulticastRouterResult
    from ..models.get_vpc_multicast_route_result import GetVpcMulticastRouteResult
    from ..models.multicast_router_inventory import MulticastRouterInventory
    from ..models.query_multicast_router_result import QueryMulticastRouterResult
    from ..models.remove_rendezvous_point_from_multicast_router_result import (
        RemoveRendezvousPointFromMulticastRouterResult,
    )

__all__ = ["AsyncMulticastApi", "MulticastApi"]


ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER: Api[AddRendezvousPointToMulticastRouterResult] = Api(
    "AddRendezvousPointToMulticastRouter",
    "POST",
    "/multicast/virtual-routers/{uuid}/RendezvousPoint",
    params=(
        ("uuid", "path", "3.7.0"),
        ("groupAddress", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("rpAddress", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "uuid",
        "group_address",
        "resource_uuid",
        "rp_address",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "groupAddress", "rpAddress"),
    body_key="params",
    since="3.7.0",
    result=".models.add_rendezvous_point_to_multicast_router_result:AddRendezvousPointToMulticastRouterResult",
)

CHANGE_MULTICAST_ROUTER_STATE: Api[ChangeMulticastRouterStateResult] = Api(
    "ChangeMulticastRouterState",
    "PUT",
    "/multicast/virtual-routers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.7.0"),
        ("stateEvent", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeMulticastRouterState",
    since="3.7.0",
    result=".models.change_multicast_router_state_result:ChangeMulticastRouterStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_MULTICAST_ROUTER: Api[CreateMulticastRouterResult] = Api(
    "CreateMulticastRouter",
    "POST",
    "/multicast/virtual-routers",
    params=(
        ("description", "body", "3.7.0"),
        ("resourceUuid", "body", "3.7.0"),
        ("tagUuids", "body", "3.7.0"),
        ("vpcRouterVmUuid", "body", "3.7.0"),
        ("systemTags", "root", "3.7.0"),
        ("userTags", "root", "3.7.0"),
    ),
    names=(
        "description",
        "resource_uuid",
        "tag_uuids",
        "vpc_router_vm_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("vpcRouterVmUuid",),
    body_key="params",
    since="3.7.0",
    result=".models.create_multicast_router_result:CreateMulticastRouterResult",
    checks=(("description", "description", "maxLength", 2048),),
)

DELETE_MULTICAST_ROUTER: Api[DeleteMulticastRouterResult] = Api(
    "DeleteMulticastRouter",
    "DELETE",
    "/multicast/virtual-routers/{uuid}",
    params=(
        ("uuid", "path", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.delete_multicast_router_result:DeleteMulticastRouterResult",
)

GET_VPC_MULTICAST_ROUTE: Api[GetVpcMulticastRouteResult] = Api(
    "GetVpcMulticastRoute",
    "GET",
    "/multicast/virtual-routers/{uuid}/routes",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.7.0",
    result=".models.get_vpc_multicast_route_result:GetVpcMulticastRouteResult",
)

QUERY_MULTICAST_ROUTER: Api[QueryMulticastRouterResult] = Api(
    "QueryMulticastRouter",
    "GET",
    "/multicast/virtual-routers",
    params=(
        ("uuid", "path", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.7.0",
    result=".models.query_multicast_router_result:QueryMulticastRouterResult",
    query=True,
    alt_paths=("/multicast/virtual-routers/{uuid}",),
)

REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER: Api[
    RemoveRendezvousPointFromMulticastRouterResult
] = Api(
    "RemoveRendezvousPointFromMulticastRouter",
    "DELETE",
    "/multicast/virtual-routers/{uuid}/RendezvousPoint",
    params=(
        ("uuid", "path", "3.7.0"),
        ("rpAddress", "query", "3.7.0"),
        ("groupAddress", "query", "3.7.0"),
        ("deleteMode", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=("uuid", "rp_address", "group_address", "delete_mode", "system_tags", "user_tags"),
    required=("uuid", "rpAddress", "groupAddress"),
    since="3.7.0",
    result=".models.remove_rendezvous_point_from_multicast_router_result:RemoveRendezvousPointFromMulticastRouterResult",
)


class MulticastApi(SyncNamespace):
    """multicast: 7 APIs (AddRendezvousPointToMulticastRouter, ChangeMulticastRouterState, CreateMulticastRouter, ...)."""

    __slots__ = ()

    def add_rendezvous_point_to_multicast_router(
        self,
        *,
        uuid: str,
        group_address: str,
        rp_address: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRendezvousPointToMulticastRouterResult:
        """添加组播路由静态RP地址 (AddRendezvousPointToMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "groupAddress": group_address,
                "resourceUuid": resource_uuid,
                "rpAddress": rp_address,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_multicast_router_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMulticastRouterStateResult:
        """改变组播路由器状态 (ChangeMulticastRouterState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: stateEvent (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_MULTICAST_ROUTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_multicast_router(
        self,
        *,
        vpc_router_vm_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMulticastRouterResult:
        """创建组播路由器 (CreateMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            vpc_router_vm_uuid: vpcRouterVmUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_MULTICAST_ROUTER,
            {
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcRouterVmUuid": vpc_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_multicast_router(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMulticastRouterResult:
        """删除组播路由器 (DeleteMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vpc_multicast_route(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcMulticastRouteResult:
        """获取组播路由表 (GetVpcMulticastRoute).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VPC_MULTICAST_ROUTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_multicast_router(
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
    ) -> QueryMulticastRouterResult:
        """查询组播路由器 (QueryMulticastRouter).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MULTICAST_ROUTER,
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

    def query_multicast_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MulticastRouterInventory]:
        """Every result of ``query_multicast_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MULTICAST_ROUTER,
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

    def remove_rendezvous_point_from_multicast_router(
        self,
        *,
        uuid: str,
        rp_address: str,
        group_address: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRendezvousPointFromMulticastRouterResult:
        """删除组播路由器静态RP地址 (RemoveRendezvousPointFromMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "rpAddress": rp_address,
                "groupAddress": group_address,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMulticastApi(AsyncNamespace):
    """multicast: 7 APIs (AddRendezvousPointToMulticastRouter, ChangeMulticastRouterState, CreateMulticastRouter, ...). (asyncio)"""

    __slots__ = ()

    async def add_rendezvous_point_to_multicast_router(
        self,
        *,
        uuid: str,
        group_address: str,
        rp_address: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRendezvousPointToMulticastRouterResult:
        """添加组播路由静态RP地址 (AddRendezvousPointToMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            resource_uuid: resourceUuid (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RENDEZVOUS_POINT_TO_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "groupAddress": group_address,
                "resourceUuid": resource_uuid,
                "rpAddress": rp_address,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_multicast_router_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMulticastRouterStateResult:
        """改变组播路由器状态 (ChangeMulticastRouterState).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            state_event: stateEvent (since 3.7.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_MULTICAST_ROUTER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_multicast_router(
        self,
        *,
        vpc_router_vm_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateMulticastRouterResult:
        """创建组播路由器 (CreateMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.7.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.7.0)
            tag_uuids: 标签UUID列表 (since 3.7.0)
            vpc_router_vm_uuid: vpcRouterVmUuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_MULTICAST_ROUTER,
            {
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcRouterVmUuid": vpc_router_vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_multicast_router(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMulticastRouterResult:
        """删除组播路由器 (DeleteMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vpc_multicast_route(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVpcMulticastRouteResult:
        """获取组播路由表 (GetVpcMulticastRoute).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VPC_MULTICAST_ROUTE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_multicast_router(
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
    ) -> QueryMulticastRouterResult:
        """查询组播路由器 (QueryMulticastRouter).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MULTICAST_ROUTER,
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

    def query_multicast_router_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MulticastRouterInventory]:
        """Every result of ``query_multicast_router``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MULTICAST_ROUTER,
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

    async def remove_rendezvous_point_from_multicast_router(
        self,
        *,
        uuid: str,
        rp_address: str,
        group_address: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRendezvousPointFromMulticastRouterResult:
        """删除组播路由器静态RP地址 (RemoveRendezvousPointFromMulticastRouter).

        Since ZStack 3.7.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.7.0)
            rp_address: rpAddress (since 3.7.0)
            group_address: groupAddress (since 3.7.0)
            delete_mode: deleteMode (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_RENDEZVOUS_POINT_FROM_MULTICAST_ROUTER,
            {
                "uuid": uuid,
                "rpAddress": rp_address,
                "groupAddress": group_address,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.network_services``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_network_service_to_l3_network_result import (
        AttachNetworkServiceToL3NetworkResult,
    )
    from ..models.detach_network_service_from_l3_network_result import (
        DetachNetworkServiceFromL3NetworkResult,
    )
    from ..models.get_network_service_types_result import GetNetworkServiceTypesResult
    from ..models.network_service_l3_network_ref_inventory import (
        NetworkServiceL3NetworkRefInventory,
    )
    from ..models.network_service_provider_inventory import NetworkServiceProviderInventory
    from ..models.query_network_service_l3_network_ref_result import (
        QueryNetworkServiceL3NetworkRefResult,
    )
    from ..models.query_network_service_provider_result import QueryNetworkServiceProviderResult

__all__ = ["AsyncNetworkServicesApi", "NetworkServicesApi"]


ATTACH_NETWORK_SERVICE_TO_L3_NETWORK: Api[AttachNetworkServiceToL3NetworkResult] = Api(
    "AttachNetworkServiceToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/network-services",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("networkServices", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("l3_network_uuid", "network_services", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "networkServices"),
    body_key="params",
    since="0.6",
    result=".models.attach_network_service_to_l3_network_result:AttachNetworkServiceToL3NetworkResult",
)

DETACH_NETWORK_SERVICE_FROM_L3_NETWORK: Api[DetachNetworkServiceFromL3NetworkResult] = Api(
    "DetachNetworkServiceFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/network-services",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("networkServices", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("service", "query", None),
    ),
    names=("l3_network_uuid", "network_services", "system_tags", "user_tags", "service"),
    required=("l3NetworkUuid",),
    since="0.6",
    result=".models.detach_network_service_from_l3_network_result:DetachNetworkServiceFromL3NetworkResult",
)

GET_NETWORK_SERVICE_TYPES: Api[GetNetworkServiceTypesResult] = Api(
    "GetNetworkServiceTypes",
    "GET",
    "/network-services/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_network_service_types_result:GetNetworkServiceTypesResult",
)

QUERY_NETWORK_SERVICE_L3_NETWORK_REF: Api[QueryNetworkServiceL3NetworkRefResult] = Api(
    "QueryNetworkServiceL3NetworkRef",
    "GET",
    "/l3-networks/network-services/refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_network_service_l3_network_ref_result:QueryNetworkServiceL3NetworkRefResult",
    query=True,
)

QUERY_NETWORK_SERVICE_PROVIDER: Api[QueryNetworkServiceProviderResult] = Api(
    "QueryNetworkServiceProvider",
    "GET",
    "/network-services/providers",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_network_service_provider_result:QueryNetworkServiceProviderResult",
    query=True,
)


class NetworkServicesApi(SyncNamespace):
    """network-services: 5 APIs (AttachNetworkServiceToL3Network, DetachNetworkServiceFromL3Network, GetNetworkServiceTypes, ...)."""

    __slots__ = ()

    def attach_network_service_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNetworkServiceToL3NetworkResult:
        """挂载网络服务到三层网络 (AttachNetworkServiceToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_NETWORK_SERVICE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_network_service_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        service: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachNetworkServiceFromL3NetworkResult:
        """从三层网络卸载网络服务 (DetachNetworkServiceFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            service: service
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_NETWORK_SERVICE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
                "service": service,
            },
            job_uuid,
        )

    def get_network_service_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNetworkServiceTypesResult:
        """获取网络服务类型 (GetNetworkServiceTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_NETWORK_SERVICE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_network_service_l3_network_ref(
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
    ) -> QueryNetworkServiceL3NetworkRefResult:
        """查询网络服务与三层网络引用 (QueryNetworkServiceL3NetworkRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_l3_network_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkServiceL3NetworkRefInventory]:
        """Every result of ``query_network_service_l3_network_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_provider(
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
    ) -> QueryNetworkServiceProviderResult:
        """查询网络服务模块 (QueryNetworkServiceProvider).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    def query_network_service_provider_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[NetworkServiceProviderInventory]:
        """Every result of ``query_network_service_provider``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_PROVIDER,
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


class AsyncNetworkServicesApi(AsyncNamespace):
    """network-services: 5 APIs (AttachNetworkServiceToL3Network, DetachNetworkServiceFromL3Network, GetNetworkServiceTypes, ...). (asyncio)"""

    __slots__ = ()

    async def attach_network_service_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachNetworkServiceToL3NetworkResult:
        """挂载网络服务到三层网络 (AttachNetworkServiceToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_NETWORK_SERVICE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_network_service_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        network_services: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        service: str | None = None,
        job_uuid: str | None = None,
    ) -> DetachNetworkServiceFromL3NetworkResult:
        """从三层网络卸载网络服务 (DetachNetworkServiceFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            network_services: 网络服务 (since 0.6)
            service: service
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_NETWORK_SERVICE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "networkServices": network_services,
                "systemTags": system_tags,
                "userTags": user_tags,
                "service": service,
            },
            job_uuid,
        )

    async def get_network_service_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNetworkServiceTypesResult:
        """获取网络服务类型 (GetNetworkServiceTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_NETWORK_SERVICE_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_network_service_l3_network_ref(
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
    ) -> QueryNetworkServiceL3NetworkRefResult:
        """查询网络服务与三层网络引用 (QueryNetworkServiceL3NetworkRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    def query_network_service_l3_network_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkServiceL3NetworkRefInventory]:
        """Every result of ``query_network_service_l3_network_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_L3_NETWORK_REF,
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

    async def query_network_service_provider(
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
    ) -> QueryNetworkServiceProviderResult:
        """查询网络服务模块 (QueryNetworkServiceProvider).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

    def query_network_service_provider_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[NetworkServiceProviderInventory]:
        """Every result of ``query_network_service_provider``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_NETWORK_SERVICE_PROVIDER,
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

"""``client.consoles``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.console_proxy_agent_inventory import ConsoleProxyAgentInventory
    from ..models.query_console_proxy_agent_result import QueryConsoleProxyAgentResult
    from ..models.reconnect_console_proxy_agent_result import ReconnectConsoleProxyAgentResult
    from ..models.request_console_access_result import RequestConsoleAccessResult
    from ..models.update_console_proxy_agent_result import UpdateConsoleProxyAgentResult

__all__ = ["AsyncConsolesApi", "ConsolesApi"]


QUERY_CONSOLE_PROXY_AGENT: Api[QueryConsoleProxyAgentResult] = Api(
    "QueryConsoleProxyAgent",
    "GET",
    "/consoles/agents",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_console_proxy_agent_result:QueryConsoleProxyAgentResult",
    query=True,
    alt_paths=("/consoles/agents/{uuid}",),
)

RECONNECT_CONSOLE_PROXY_AGENT: Api[ReconnectConsoleProxyAgentResult] = Api(
    "ReconnectConsoleProxyAgent",
    "PUT",
    "/consoles/agents",
    params=(
        ("agentUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("agent_uuids", "system_tags", "user_tags"),
    body_key="reconnectConsoleProxyAgent",
    since="0.6",
    result=".models.reconnect_console_proxy_agent_result:ReconnectConsoleProxyAgentResult",
    checks=(("agentUuids", "agent_uuids", "minItems", 1),),
)

REQUEST_CONSOLE_ACCESS: Api[RequestConsoleAccessResult] = Api(
    "RequestConsoleAccess",
    "POST",
    "/consoles",
    params=(
        ("vmInstanceUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    body_key="params",
    since="0.6",
    result=".models.request_console_access_result:RequestConsoleAccessResult",
)

UPDATE_CONSOLE_PROXY_AGENT: Api[UpdateConsoleProxyAgentResult] = Api(
    "UpdateConsoleProxyAgent",
    "PUT",
    "/consoles/agents/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("consoleProxyOverriddenIp", "body", "2.3"),
        ("consoleProxyPort", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("uuid", "console_proxy_overridden_ip", "console_proxy_port", "system_tags", "user_tags"),
    required=("uuid", "consoleProxyOverriddenIp"),
    body_key="updateConsoleProxyAgent",
    since="2.3",
    result=".models.update_console_proxy_agent_result:UpdateConsoleProxyAgentResult",
)


class ConsolesApi(SyncNamespace):
    """consoles: 4 APIs (QueryConsoleProxyAgent, ReconnectConsoleProxyAgent, RequestConsoleAccess, ...)."""

    __slots__ = ()

    def query_console_proxy_agent(
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
    ) -> QueryConsoleProxyAgentResult:
        """查询控制台代理 (QueryConsoleProxyAgent).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def query_console_proxy_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ConsoleProxyAgentInventory]:
        """Every result of ``query_console_proxy_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def reconnect_console_proxy_agent(
        self,
        *,
        agent_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectConsoleProxyAgentResult:
        """重连控制台代理 (ReconnectConsoleProxyAgent).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            agent_uuids: 控制台代理Agent的UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_CONSOLE_PROXY_AGENT,
            {
                "agentUuids": agent_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def request_console_access(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RequestConsoleAccessResult:
        """请求控制台访问地址 (RequestConsoleAccess).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REQUEST_CONSOLE_ACCESS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_console_proxy_agent(
        self,
        *,
        uuid: str,
        console_proxy_overridden_ip: str,
        console_proxy_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsoleProxyAgentResult:
        """更新控制台代理 (UpdateConsoleProxyAgent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            console_proxy_overridden_ip: 新的控制台代理IP (since 2.3)
            console_proxy_port: consoleProxyPort
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CONSOLE_PROXY_AGENT,
            {
                "uuid": uuid,
                "consoleProxyOverriddenIp": console_proxy_overridden_ip,
                "consoleProxyPort": console_proxy_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncConsolesApi(AsyncNamespace):
    """consoles: 4 APIs (QueryConsoleProxyAgent, ReconnectConsoleProxyAgent, RequestConsoleAccess, ...). (asyncio)"""

    __slots__ = ()

    async def query_console_proxy_agent(
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
    ) -> QueryConsoleProxyAgentResult:
        """查询控制台代理 (QueryConsoleProxyAgent).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def query_console_proxy_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ConsoleProxyAgentInventory]:
        """Every result of ``query_console_proxy_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONSOLE_PROXY_AGENT,
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

    async def reconnect_console_proxy_agent(
        self,
        *,
        agent_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectConsoleProxyAgentResult:
        """重连控制台代理 (ReconnectConsoleProxyAgent).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            agent_uuids: 控制台代理Agent的UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_CONSOLE_PROXY_AGENT,
            {
                "agentUuids": agent_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def request_console_access(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RequestConsoleAccessResult:
        """请求控制台访问地址 (RequestConsoleAccess).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REQUEST_CONSOLE_ACCESS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_console_proxy_agent(
        self,
        *,
        uuid: str,
        console_proxy_overridden_ip: str,
        console_proxy_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsoleProxyAgentResult:
        """更新控制台代理 (UpdateConsoleProxyAgent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            console_proxy_overridden_ip: 新的控制台代理IP (since 2.3)
            console_proxy_port: consoleProxyPort
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CONSOLE_PROXY_AGENT,
            {
                "uuid": uuid,
                "consoleProxyOverriddenIp": console_proxy_overridden_ip,
                "consoleProxyPort": console_proxy_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.snmp``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_snmp_agent_result import CreateSnmpAgentResult
    from ..models.query_snmp_agent_result import QuerySnmpAgentResult
    from ..models.snmp_agent_inventory import SnmpAgentInventory
    from ..models.start_snmp_agent_result import StartSnmpAgentResult
    from ..models.stop_snmp_agent_result import StopSnmpAgentResult
    from ..models.update_snmp_agent_result import UpdateSnmpAgentResult

__all__ = ["AsyncSnmpApi", "SnmpApi"]


CREATE_SNMP_AGENT: Api[CreateSnmpAgentResult] = Api(
    "CreateSnmpAgent",
    "POST",
    "/snmp/agent",
    params=(
        ("authAlgorithm", "body", "4.7.21"),
        ("authPassword", "body", "4.7.21"),
        ("port", "body", "4.7.21"),
        ("privacyAlgorithm", "body", "4.7.21"),
        ("privacyPassword", "body", "4.7.21"),
        ("readCommunity", "body", "4.7.21"),
        ("resourceUuid", "body", "4.7.21"),
        ("tagUuids", "body", "4.7.21"),
        ("userName", "body", "4.7.21"),
        ("version", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=(
        "auth_algorithm",
        "auth_password",
        "port",
        "privacy_algorithm",
        "privacy_password",
        "read_community",
        "resource_uuid",
        "tag_uuids",
        "user_name",
        "version",
        "system_tags",
        "user_tags",
    ),
    required=("port", "version"),
    body_key="params",
    since="4.7.21",
    result=".models.create_snmp_agent_result:CreateSnmpAgentResult",
    checks=(
        (
            "authAlgorithm",
            "auth_algorithm",
            "enum",
            ("MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"),
        ),
        ("port", "port", "minimum", 1024),
        ("port", "port", "maximum", 65535),
        (
            "privacyAlgorithm",
            "privacy_algorithm",
            "enum",
            ("DES", "AES128", "AES192", "AES256", "3DES"),
        ),
        ("readCommunity", "read_community", "minLength", 1),
        ("readCommunity", "read_community", "maxLength", 32),
        ("userName", "user_name", "minLength", 1),
        ("userName", "user_name", "maxLength", 32),
        ("version", "version", "enum", ("v2c", "v3")),
    ),
)

QUERY_SNMP_AGENT: Api[QuerySnmpAgentResult] = Api(
    "QuerySnmpAgent",
    "GET",
    "/snmp/agent",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.7.21",
    result=".models.query_snmp_agent_result:QuerySnmpAgentResult",
    query=True,
    alt_paths=("/snmp/agent/{uuid}",),
)

START_SNMP_AGENT: Api[StartSnmpAgentResult] = Api(
    "StartSnmpAgent",
    "PUT",
    "/snmp/agent/actions",
    params=(
        ("uuid", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="startSnmpAgent",
    since="4.7.21",
    result=".models.start_snmp_agent_result:StartSnmpAgentResult",
)

STOP_SNMP_AGENT: Api[StopSnmpAgentResult] = Api(
    "StopSnmpAgent",
    "PUT",
    "/snmp/agent/actions",
    params=(
        ("uuid", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopSnmpAgent",
    since="4.7.21",
    result=".models.stop_snmp_agent_result:StopSnmpAgentResult",
)

UPDATE_SNMP_AGENT: Api[UpdateSnmpAgentResult] = Api(
    "UpdateSnmpAgent",
    "PUT",
    "/snmp/agent/actions",
    params=(
        ("authAlgorithm", "body", "4.7.21"),
        ("authPassword", "body", "4.7.21"),
        ("port", "body", "4.7.21"),
        ("privacyAlgorithm", "body", "4.7.21"),
        ("privacyPassword", "body", "4.7.21"),
        ("readCommunity", "body", "4.7.21"),
        ("userName", "body", "4.7.21"),
        ("uuid", "body", "4.7.21"),
        ("version", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=(
        "auth_algorithm",
        "auth_password",
        "port",
        "privacy_algorithm",
        "privacy_password",
        "read_community",
        "user_name",
        "uuid",
        "version",
        "system_tags",
        "user_tags",
    ),
    required=("port", "uuid", "version"),
    body_key="updateSnmpAgent",
    since="4.7.21",
    result=".models.update_snmp_agent_result:UpdateSnmpAgentResult",
    checks=(
        (
            "authAlgorithm",
            "auth_algorithm",
            "enum",
            ("MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"),
        ),
        ("port", "port", "minimum", 1024),
        ("port", "port", "maximum", 65535),
        (
            "privacyAlgorithm",
            "privacy_algorithm",
            "enum",
            ("DES", "AES128", "AES192", "AES256", "3DES"),
        ),
        ("readCommunity", "read_community", "minLength", 1),
        ("readCommunity", "read_community", "maxLength", 32),
        ("userName", "user_name", "minLength", 1),
        ("userName", "user_name", "maxLength", 32),
        ("version", "version", "enum", ("v2c", "v3")),
    ),
)


class SnmpApi(SyncNamespace):
    """snmp: 5 APIs (CreateSnmpAgent, QuerySnmpAgent, StartSnmpAgent, ...)."""

    __slots__ = ()

    def create_snmp_agent(
        self,
        *,
        port: int,
        version: Literal["v2c", "v3"],
        auth_algorithm: Literal["MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"] | None = None,
        auth_password: str | None = None,
        privacy_algorithm: Literal["DES", "AES128", "AES192", "AES256", "3DES"] | None = None,
        privacy_password: str | None = None,
        read_community: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        user_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSnmpAgentResult:
        """创建SNMP代理 (CreateSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_algorithm: 认证算法 (since 4.7.21; enum {'MD5', 'SHA', 'SHA224', 'SHA256', 'SHA384', 'SHA512'})
            auth_password: 认证密码 (since 4.7.21)
            port: 端口 (since 4.7.21; minimum 1024; maximum 65535)
            privacy_algorithm: 隐私算法 (since 4.7.21; enum {'DES', 'AES128', 'AES192', 'AES256', '3DES'})
            privacy_password: 隐私密码 (since 4.7.21)
            read_community: 读团体字(version为v2c时使用) (since 4.7.21; minLength 1; maxLength 32)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            user_name: 用户名(version为v3时使用) (since 4.7.21; minLength 1; maxLength 32)
            version: SNMP代理使用协议版本 (since 4.7.21; enum {'v2c', 'v3'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SNMP_AGENT,
            {
                "authAlgorithm": auth_algorithm,
                "authPassword": auth_password,
                "port": port,
                "privacyAlgorithm": privacy_algorithm,
                "privacyPassword": privacy_password,
                "readCommunity": read_community,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_snmp_agent(
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
    ) -> QuerySnmpAgentResult:
        """查询SNMP代理 (QuerySnmpAgent).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SNMP_AGENT,
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

    def query_snmp_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SnmpAgentInventory]:
        """Every result of ``query_snmp_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNMP_AGENT,
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

    def start_snmp_agent(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartSnmpAgentResult:
        """启动SNMP代理 (StartSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_SNMP_AGENT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_snmp_agent(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopSnmpAgentResult:
        """停止SNMP代理 (StopSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_SNMP_AGENT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_snmp_agent(
        self,
        *,
        port: int,
        uuid: str,
        version: Literal["v2c", "v3"],
        auth_algorithm: Literal["MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"] | None = None,
        auth_password: str | None = None,
        privacy_algorithm: Literal["DES", "AES128", "AES192", "AES256", "3DES"] | None = None,
        privacy_password: str | None = None,
        read_community: str | None = None,
        user_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSnmpAgentResult:
        """更新SNMP代理 (UpdateSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_algorithm: 认证算法 (since 4.7.21; enum {'MD5', 'SHA', 'SHA224', 'SHA256', 'SHA384', 'SHA512'})
            auth_password: 认证密码 (since 4.7.21)
            port: 端口 (since 4.7.21; minimum 1024; maximum 65535)
            privacy_algorithm: 隐私算法 (since 4.7.21; enum {'DES', 'AES128', 'AES192', 'AES256', '3DES'})
            privacy_password: 隐私密码 (since 4.7.21)
            read_community: 读团体字(version为v2c时使用) (since 4.7.21; minLength 1; maxLength 32)
            user_name: 用户名(version为v3时使用) (since 4.7.21; minLength 1; maxLength 32)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            version: SNMP代理使用协议版本 (since 4.7.21; enum {'v2c', 'v3'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SNMP_AGENT,
            {
                "authAlgorithm": auth_algorithm,
                "authPassword": auth_password,
                "port": port,
                "privacyAlgorithm": privacy_algorithm,
                "privacyPassword": privacy_password,
                "readCommunity": read_community,
                "userName": user_name,
                "uuid": uuid,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSnmpApi(AsyncNamespace):
    """snmp: 5 APIs (CreateSnmpAgent, QuerySnmpAgent, StartSnmpAgent, ...). (asyncio)"""

    __slots__ = ()

    async def create_snmp_agent(
        self,
        *,
        port: int,
        version: Literal["v2c", "v3"],
        auth_algorithm: Literal["MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"] | None = None,
        auth_password: str | None = None,
        privacy_algorithm: Literal["DES", "AES128", "AES192", "AES256", "3DES"] | None = None,
        privacy_password: str | None = None,
        read_community: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        user_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSnmpAgentResult:
        """创建SNMP代理 (CreateSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_algorithm: 认证算法 (since 4.7.21; enum {'MD5', 'SHA', 'SHA224', 'SHA256', 'SHA384', 'SHA512'})
            auth_password: 认证密码 (since 4.7.21)
            port: 端口 (since 4.7.21; minimum 1024; maximum 65535)
            privacy_algorithm: 隐私算法 (since 4.7.21; enum {'DES', 'AES128', 'AES192', 'AES256', '3DES'})
            privacy_password: 隐私密码 (since 4.7.21)
            read_community: 读团体字(version为v2c时使用) (since 4.7.21; minLength 1; maxLength 32)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            user_name: 用户名(version为v3时使用) (since 4.7.21; minLength 1; maxLength 32)
            version: SNMP代理使用协议版本 (since 4.7.21; enum {'v2c', 'v3'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SNMP_AGENT,
            {
                "authAlgorithm": auth_algorithm,
                "authPassword": auth_password,
                "port": port,
                "privacyAlgorithm": privacy_algorithm,
                "privacyPassword": privacy_password,
                "readCommunity": read_community,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userName": user_name,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_snmp_agent(
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
    ) -> QuerySnmpAgentResult:
        """查询SNMP代理 (QuerySnmpAgent).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SNMP_AGENT,
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

    def query_snmp_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SnmpAgentInventory]:
        """Every result of ``query_snmp_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SNMP_AGENT,
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

    async def start_snmp_agent(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartSnmpAgentResult:
        """启动SNMP代理 (StartSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_SNMP_AGENT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_snmp_agent(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopSnmpAgentResult:
        """停止SNMP代理 (StopSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_SNMP_AGENT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_snmp_agent(
        self,
        *,
        port: int,
        uuid: str,
        version: Literal["v2c", "v3"],
        auth_algorithm: Literal["MD5", "SHA", "SHA224", "SHA256", "SHA384", "SHA512"] | None = None,
        auth_password: str | None = None,
        privacy_algorithm: Literal["DES", "AES128", "AES192", "AES256", "3DES"] | None = None,
        privacy_password: str | None = None,
        read_community: str | None = None,
        user_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSnmpAgentResult:
        """更新SNMP代理 (UpdateSnmpAgent).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            auth_algorithm: 认证算法 (since 4.7.21; enum {'MD5', 'SHA', 'SHA224', 'SHA256', 'SHA384', 'SHA512'})
            auth_password: 认证密码 (since 4.7.21)
            port: 端口 (since 4.7.21; minimum 1024; maximum 65535)
            privacy_algorithm: 隐私算法 (since 4.7.21; enum {'DES', 'AES128', 'AES192', 'AES256', '3DES'})
            privacy_password: 隐私密码 (since 4.7.21)
            read_community: 读团体字(version为v2c时使用) (since 4.7.21; minLength 1; maxLength 32)
            user_name: 用户名(version为v3时使用) (since 4.7.21; minLength 1; maxLength 32)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            version: SNMP代理使用协议版本 (since 4.7.21; enum {'v2c', 'v3'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SNMP_AGENT,
            {
                "authAlgorithm": auth_algorithm,
                "authPassword": auth_password,
                "port": port,
                "privacyAlgorithm": privacy_algorithm,
                "privacyPassword": privacy_password,
                "readCommunity": read_community,
                "userName": user_name,
                "uuid": uuid,
                "version": version,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.global_configurations``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.get_global_config_options_result import GetGlobalConfigOptionsResult
    from ..models.global_config_inventory import GlobalConfigInventory
    from ..models.query_global_config_result import QueryGlobalConfigResult
    from ..models.reset_global_config_result import ResetGlobalConfigResult
    from ..models.update_global_config_result import UpdateGlobalConfigResult

__all__ = ["AsyncGlobalConfigurationsApi", "GlobalConfigurationsApi"]


GET_GLOBAL_CONFIG_OPTIONS: Api[GetGlobalConfigOptionsResult] = Api(
    "GetGlobalConfigOptions",
    "GET",
    "/global-configurations/{category}/{name}",
    params=(
        ("category", "path", None),
        ("name", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("category", "name", "system_tags", "user_tags"),
    required=("category", "name"),
    since=None,
    result=".models.get_global_config_options_result:GetGlobalConfigOptionsResult",
)

QUERY_GLOBAL_CONFIG: Api[QueryGlobalConfigResult] = Api(
    "QueryGlobalConfig",
    "GET",
    "/global-configurations",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_global_config_result:QueryGlobalConfigResult",
    query=True,
)

RESET_GLOBAL_CONFIG: Api[ResetGlobalConfigResult] = Api(
    "ResetGlobalConfig",
    "PUT",
    "/global-configurations/actions",
    params=(
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=("system_tags", "user_tags"),
    body_key="resetGlobalConfig",
    since="3.1.0",
    result=".models.reset_global_config_result:ResetGlobalConfigResult",
)

UPDATE_GLOBAL_CONFIG: Api[UpdateGlobalConfigResult] = Api(
    "UpdateGlobalConfig",
    "PUT",
    "/global-configurations/{category}/{name}/actions",
    params=(
        ("category", "path", "0.6"),
        ("name", "path", "0.6"),
        ("value", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("category", "name", "value", "system_tags", "user_tags"),
    required=("category", "name"),
    body_key="updateGlobalConfig",
    since="0.6",
    result=".models.update_global_config_result:UpdateGlobalConfigResult",
)


class GlobalConfigurationsApi(SyncNamespace):
    """global-configurations: 4 APIs (GetGlobalConfigOptions, QueryGlobalConfig, ResetGlobalConfig, ...)."""

    __slots__ = ()

    def get_global_config_options(
        self,
        *,
        category: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetGlobalConfigOptionsResult:
        """Get global config options (GetGlobalConfigOptions).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetGlobalConfigOptionsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            category: category
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_GLOBAL_CONFIG_OPTIONS,
            {
                "category": category,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_global_config(
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
    ) -> QueryGlobalConfigResult:
        """查询全局设置 (QueryGlobalConfig).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GLOBAL_CONFIG,
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

    def query_global_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GlobalConfigInventory]:
        """Every result of ``query_global_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GLOBAL_CONFIG,
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

    def reset_global_config(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetGlobalConfigResult:
        """重置全局设置 (ResetGlobalConfig).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESET_GLOBAL_CONFIG,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_global_config(
        self,
        *,
        category: str,
        name: str,
        value: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGlobalConfigResult:
        """更新全局设置 (UpdateGlobalConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 类型 (since 0.6)
            name: 资源名称 (since 0.6)
            value: 值 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_GLOBAL_CONFIG,
            {
                "category": category,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncGlobalConfigurationsApi(AsyncNamespace):
    """global-configurations: 4 APIs (GetGlobalConfigOptions, QueryGlobalConfig, ResetGlobalConfig, ...). (asyncio)"""

    __slots__ = ()

    async def get_global_config_options(
        self,
        *,
        category: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetGlobalConfigOptionsResult:
        """Get global config options (GetGlobalConfigOptions).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetGlobalConfigOptionsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            category: category
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_GLOBAL_CONFIG_OPTIONS,
            {
                "category": category,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_global_config(
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
    ) -> QueryGlobalConfigResult:
        """查询全局设置 (QueryGlobalConfig).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GLOBAL_CONFIG,
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

    def query_global_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GlobalConfigInventory]:
        """Every result of ``query_global_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GLOBAL_CONFIG,
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

    async def reset_global_config(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetGlobalConfigResult:
        """重置全局设置 (ResetGlobalConfig).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESET_GLOBAL_CONFIG,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_global_config(
        self,
        *,
        category: str,
        name: str,
        value: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGlobalConfigResult:
        """更新全局设置 (UpdateGlobalConfig).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 类型 (since 0.6)
            name: 资源名称 (since 0.6)
            value: 值 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_GLOBAL_CONFIG,
            {
                "category": category,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

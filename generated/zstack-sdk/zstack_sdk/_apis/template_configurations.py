"""``client.template_configurations``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.apply_template_config_result import ApplyTemplateConfigResult
    from ..models.global_config_template_inventory import GlobalConfigTemplateInventory
    from ..models.query_global_config_template_result import QueryGlobalConfigTemplateResult
    from ..models.query_template_config_result import QueryTemplateConfigResult
    from ..models.reset_template_config_result import ResetTemplateConfigResult
    from ..models.revert_template_config_result import RevertTemplateConfigResult
    from ..models.template_config_inventory import TemplateConfigInventory
    from ..models.update_template_config_result import UpdateTemplateConfigResult

__all__ = ["AsyncTemplateConfigurationsApi", "TemplateConfigurationsApi"]


APPLY_TEMPLATE_CONFIG: Api[ApplyTemplateConfigResult] = Api(
    "ApplyTemplateConfig",
    "PUT",
    "/template-configurations/{templateUuid}/actions",
    params=(
        ("templateUuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("template_uuid", "system_tags", "user_tags"),
    required=("templateUuid",),
    body_key="applyTemplateConfig",
    since="3.6.0",
    result=".models.apply_template_config_result:ApplyTemplateConfigResult",
)

QUERY_GLOBAL_CONFIG_TEMPLATE: Api[QueryGlobalConfigTemplateResult] = Api(
    "QueryGlobalConfigTemplate",
    "GET",
    "/template-configurations/templates",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_global_config_template_result:QueryGlobalConfigTemplateResult",
    query=True,
    alt_paths=("/template-configurations/templates/{uuid}",),
)

QUERY_TEMPLATE_CONFIG: Api[QueryTemplateConfigResult] = Api(
    "QueryTemplateConfig",
    "GET",
    "/template-configurations/configs",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_template_config_result:QueryTemplateConfigResult",
    query=True,
    alt_paths=("/template-configurations/configs/{uuid}",),
)

RESET_TEMPLATE_CONFIG: Api[ResetTemplateConfigResult] = Api(
    "ResetTemplateConfig",
    "PUT",
    "/template-configurations/{templateUuid}/actions",
    params=(
        ("templateUuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("template_uuid", "system_tags", "user_tags"),
    required=("templateUuid",),
    body_key="resetTemplateConfig",
    since="3.6.0",
    result=".models.reset_template_config_result:ResetTemplateConfigResult",
)

REVERT_TEMPLATE_CONFIG: Api[RevertTemplateConfigResult] = Api(
    "RevertTemplateConfig",
    "PUT",
    "/template-configurations/{templateUuid}/actions",
    params=(
        ("templateUuid", "path", "4.6.21"),
        ("systemTags", "root", "4.6.21"),
        ("userTags", "root", "4.6.21"),
    ),
    names=("template_uuid", "system_tags", "user_tags"),
    required=("templateUuid",),
    body_key="revertTemplateConfig",
    since="4.6.21",
    result=".models.revert_template_config_result:RevertTemplateConfigResult",
)

UPDATE_TEMPLATE_CONFIG: Api[UpdateTemplateConfigResult] = Api(
    "UpdateTemplateConfig",
    "PUT",
    "/template-configurations/{templateUuid}/actions",
    params=(
        ("templateUuid", "path", "3.6.0"),
        ("category", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("value", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("template_uuid", "category", "name", "value", "system_tags", "user_tags"),
    required=("templateUuid", "category", "name", "value"),
    body_key="updateTemplateConfig",
    since="3.6.0",
    result=".models.update_template_config_result:UpdateTemplateConfigResult",
)


class TemplateConfigurationsApi(SyncNamespace):
    """template-configurations: 6 APIs (ApplyTemplateConfig, QueryGlobalConfigTemplate, QueryTemplateConfig, ...)."""

    __slots__ = ()

    def apply_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyTemplateConfigResult:
        """应用模板 (ApplyTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            APPLY_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_global_config_template(
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
    ) -> QueryGlobalConfigTemplateResult:
        """查询所有模板信息 (QueryGlobalConfigTemplate).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GLOBAL_CONFIG_TEMPLATE,
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

    def query_global_config_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GlobalConfigTemplateInventory]:
        """Every result of ``query_global_config_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GLOBAL_CONFIG_TEMPLATE,
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

    def query_template_config(
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
    ) -> QueryTemplateConfigResult:
        """查询模板具体配置 (QueryTemplateConfig).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TEMPLATE_CONFIG,
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

    def query_template_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TemplateConfigInventory]:
        """Every result of ``query_template_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TEMPLATE_CONFIG,
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

    def reset_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetTemplateConfigResult:
        """重置模板到初始状态 (ResetTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESET_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revert_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertTemplateConfigResult:
        """重置模板配置到默认值 (RevertTemplateConfig).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVERT_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_template_config(
        self,
        *,
        template_uuid: str,
        category: str,
        name: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTemplateConfigResult:
        """更新模板值 (UpdateTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            category: 对应的GlobalConfig配置类型 (since 3.6.0)
            name: 对应的GlobalConfig配置名称 (since 3.6.0)
            value: 模板值 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "category": category,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTemplateConfigurationsApi(AsyncNamespace):
    """template-configurations: 6 APIs (ApplyTemplateConfig, QueryGlobalConfigTemplate, QueryTemplateConfig, ...). (asyncio)"""

    __slots__ = ()

    async def apply_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyTemplateConfigResult:
        """应用模板 (ApplyTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            APPLY_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_global_config_template(
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
    ) -> QueryGlobalConfigTemplateResult:
        """查询所有模板信息 (QueryGlobalConfigTemplate).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GLOBAL_CONFIG_TEMPLATE,
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

    def query_global_config_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GlobalConfigTemplateInventory]:
        """Every result of ``query_global_config_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GLOBAL_CONFIG_TEMPLATE,
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

    async def query_template_config(
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
    ) -> QueryTemplateConfigResult:
        """查询模板具体配置 (QueryTemplateConfig).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TEMPLATE_CONFIG,
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

    def query_template_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TemplateConfigInventory]:
        """Every result of ``query_template_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TEMPLATE_CONFIG,
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

    async def reset_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetTemplateConfigResult:
        """重置模板到初始状态 (ResetTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESET_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revert_template_config(
        self,
        *,
        template_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevertTemplateConfigResult:
        """重置模板配置到默认值 (RevertTemplateConfig).

        Since ZStack 4.6.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板UUID (since 4.6.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVERT_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_template_config(
        self,
        *,
        template_uuid: str,
        category: str,
        name: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTemplateConfigResult:
        """更新模板值 (UpdateTemplateConfig).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: 模板Uuid (since 3.6.0)
            category: 对应的GlobalConfig配置类型 (since 3.6.0)
            name: 对应的GlobalConfig配置名称 (since 3.6.0)
            value: 模板值 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_TEMPLATE_CONFIG,
            {
                "templateUuid": template_uuid,
                "category": category,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

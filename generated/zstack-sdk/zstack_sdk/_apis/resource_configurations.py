"""``client.resource_configurations``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.delete_resource_config_result import DeleteResourceConfigResult
    from ..models.get_resource_bindable_config_result import GetResourceBindableConfigResult
    from ..models.get_resource_config_result import GetResourceConfigResult
    from ..models.get_resource_configs_result import GetResourceConfigsResult
    from ..models.query_resource_config_result import QueryResourceConfigResult
    from ..models.resource_config_inventory import ResourceConfigInventory
    from ..models.update_resource_config_result import UpdateResourceConfigResult
    from ..models.update_resource_configs_result import UpdateResourceConfigsResult

__all__ = ["AsyncResourceConfigurationsApi", "ResourceConfigurationsApi"]


DELETE_RESOURCE_CONFIG: Api[DeleteResourceConfigResult] = Api(
    "DeleteResourceConfig",
    "DELETE",
    "/resource-configurations/{category}/{name}/{resourceUuid}",
    params=(
        ("category", "path", "3.4.0"),
        ("name", "path", "3.4.0"),
        ("resourceUuid", "path", "3.4.0"),
        ("deleteMode", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("category", "name", "resource_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("category", "name", "resourceUuid"),
    since="3.4.0",
    result=".models.delete_resource_config_result:DeleteResourceConfigResult",
)

GET_RESOURCE_BINDABLE_CONFIG: Api[GetResourceBindableConfigResult] = Api(
    "GetResourceBindableConfig",
    "GET",
    "/resource-configurations/bindable",
    params=(
        ("category", "query", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("category", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.get_resource_bindable_config_result:GetResourceBindableConfigResult",
    alt_paths=("/resource-configurations/bindable/{category}",),
)

GET_RESOURCE_CONFIG: Api[GetResourceConfigResult] = Api(
    "GetResourceConfig",
    "GET",
    "/resource-configurations/{resourceUuid}/{category}/{name}",
    params=(
        ("resourceUuid", "path", "3.4.0"),
        ("category", "path", "3.4.0"),
        ("name", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("resource_uuid", "category", "name", "system_tags", "user_tags"),
    required=("resourceUuid", "category", "name"),
    since="3.4.0",
    result=".models.get_resource_config_result:GetResourceConfigResult",
)

GET_RESOURCE_CONFIGS: Api[GetResourceConfigsResult] = Api(
    "GetResourceConfigs",
    "GET",
    "/resource-configurations/{resourceUuid}/{category}",
    params=(
        ("resourceUuid", "path", None),
        ("category", "path", None),
        ("names", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("resource_uuid", "category", "names", "system_tags", "user_tags"),
    required=("resourceUuid", "category", "names"),
    since=None,
    result=".models.get_resource_configs_result:GetResourceConfigsResult",
    checks=(("names", "names", "minItems", 1),),
)

QUERY_RESOURCE_CONFIG: Api[QueryResourceConfigResult] = Api(
    "QueryResourceConfig",
    "GET",
    "/resource-configurations",
    params=(
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_resource_config_result:QueryResourceConfigResult",
    query=True,
)

UPDATE_RESOURCE_CONFIG: Api[UpdateResourceConfigResult] = Api(
    "UpdateResourceConfig",
    "PUT",
    "/resource-configurations/{category}/{name}/{resourceUuid}/actions",
    params=(
        ("category", "path", "3.4.0"),
        ("name", "path", "3.4.0"),
        ("resourceUuid", "path", "3.4.0"),
        ("value", "body", "3.4.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=("category", "name", "resource_uuid", "value", "system_tags", "user_tags"),
    required=("category", "name", "resourceUuid", "value"),
    body_key="updateResourceConfig",
    since="3.4.0",
    result=".models.update_resource_config_result:UpdateResourceConfigResult",
)

UPDATE_RESOURCE_CONFIGS: Api[UpdateResourceConfigsResult] = Api(
    "UpdateResourceConfigs",
    "POST",
    "/resource-configurations/{resourceUuid}/resource-configs/actions",
    params=(
        ("resourceUuid", "path", None),
        ("resourceConfigs", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("resource_uuid", "resource_configs", "system_tags", "user_tags"),
    required=("resourceUuid", "resourceConfigs"),
    body_key="params",
    since=None,
    result=".models.update_resource_configs_result:UpdateResourceConfigsResult",
    checks=(("resourceConfigs", "resource_configs", "minItems", 1),),
)


class ResourceConfigurationsApi(SyncNamespace):
    """resource-configurations: 7 APIs (DeleteResourceConfig, GetResourceBindableConfig, GetResourceConfig, ...)."""

    __slots__ = ()

    def delete_resource_config(
        self,
        *,
        category: str,
        name: str,
        resource_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceConfigResult:
        """删除资源的资源高级设置 (DeleteResourceConfig).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            resource_uuid: 资源UUID (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESOURCE_CONFIG,
            {
                "category": category,
                "name": name,
                "resourceUuid": resource_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_bindable_config(
        self,
        *,
        category: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceBindableConfigResult:
        """获取可配置的资源高级设置 (GetResourceBindableConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            category: 设置类型 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_BINDABLE_CONFIG,
            {
                "category": category,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_config(
        self,
        *,
        resource_uuid: str,
        category: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceConfigResult:
        """获取资源的资源高级设置 (GetResourceConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 3.4.0)
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_CONFIG,
            {
                "resourceUuid": resource_uuid,
                "category": category,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_configs(
        self,
        *,
        resource_uuid: str,
        category: str,
        names: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceConfigsResult:
        """Get resource configs (GetResourceConfigs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetResourceConfigsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            category: category
            names: names (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_CONFIGS,
            {
                "resourceUuid": resource_uuid,
                "category": category,
                "names": names,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_resource_config(
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
    ) -> QueryResourceConfigResult:
        """查询资源高级设置 (QueryResourceConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_RESOURCE_CONFIG,
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

    def query_resource_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ResourceConfigInventory]:
        """Every result of ``query_resource_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_CONFIG,
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

    def update_resource_config(
        self,
        *,
        category: str,
        name: str,
        resource_uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceConfigResult:
        """更新资源高级设置 (UpdateResourceConfig).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            resource_uuid: 设置的资源UUID (since 3.4.0)
            value: 设置的值 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_RESOURCE_CONFIG,
            {
                "category": category,
                "name": name,
                "resourceUuid": resource_uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_resource_configs(
        self,
        *,
        resource_uuid: str,
        resource_configs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceConfigsResult:
        """Update resource configs (UpdateResourceConfigs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateResourceConfigsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            resource_configs: resourceConfigs (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_RESOURCE_CONFIGS,
            {
                "resourceUuid": resource_uuid,
                "resourceConfigs": resource_configs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncResourceConfigurationsApi(AsyncNamespace):
    """resource-configurations: 7 APIs (DeleteResourceConfig, GetResourceBindableConfig, GetResourceConfig, ...). (asyncio)"""

    __slots__ = ()

    async def delete_resource_config(
        self,
        *,
        category: str,
        name: str,
        resource_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceConfigResult:
        """删除资源的资源高级设置 (DeleteResourceConfig).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            resource_uuid: 资源UUID (since 3.4.0)
            delete_mode: deleteMode (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESOURCE_CONFIG,
            {
                "category": category,
                "name": name,
                "resourceUuid": resource_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_bindable_config(
        self,
        *,
        category: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceBindableConfigResult:
        """获取可配置的资源高级设置 (GetResourceBindableConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            category: 设置类型 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_BINDABLE_CONFIG,
            {
                "category": category,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_config(
        self,
        *,
        resource_uuid: str,
        category: str,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceConfigResult:
        """获取资源的资源高级设置 (GetResourceConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 3.4.0)
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_CONFIG,
            {
                "resourceUuid": resource_uuid,
                "category": category,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_configs(
        self,
        *,
        resource_uuid: str,
        category: str,
        names: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceConfigsResult:
        """Get resource configs (GetResourceConfigs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetResourceConfigsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            category: category
            names: names (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_CONFIGS,
            {
                "resourceUuid": resource_uuid,
                "category": category,
                "names": names,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_resource_config(
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
    ) -> QueryResourceConfigResult:
        """查询资源高级设置 (QueryResourceConfig).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_RESOURCE_CONFIG,
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

    def query_resource_config_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ResourceConfigInventory]:
        """Every result of ``query_resource_config``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_CONFIG,
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

    async def update_resource_config(
        self,
        *,
        category: str,
        name: str,
        resource_uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceConfigResult:
        """更新资源高级设置 (UpdateResourceConfig).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 设置类型 (since 3.4.0)
            name: 设置名称 (since 3.4.0)
            resource_uuid: 设置的资源UUID (since 3.4.0)
            value: 设置的值 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_RESOURCE_CONFIG,
            {
                "category": category,
                "name": name,
                "resourceUuid": resource_uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_resource_configs(
        self,
        *,
        resource_uuid: str,
        resource_configs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceConfigsResult:
        """Update resource configs (UpdateResourceConfigs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateResourceConfigsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            resource_configs: resourceConfigs (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_RESOURCE_CONFIGS,
            {
                "resourceUuid": resource_uuid,
                "resourceConfigs": resource_configs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

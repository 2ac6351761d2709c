"""ZStack Cloud API: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.empty_result import EmptyResult

__all__ = ["PluginManagementApi", "AsyncPluginManagementApi"]


DELETE_PLUGIN_DRIVERS: Api[EmptyResult] = Api(
    "DeletePluginDrivers",
    "DELETE",
    "/external/plugins/{uuid}",
    params=(
        ("uuid", "path", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
        ("deleteMode", "query", "5.3.20"),
    ),
    since="5.3.0",
    result=".models.empty_result:EmptyResult",
)

REFRESH_PLUGIN_DRIVERS: Api[EmptyResult] = Api(
    "RefreshPluginDrivers",
    "PUT",
    "/external/plugins",
    params=(
        ("name", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    body_key="refreshPluginDrivers",
    since="5.3.0",
    result=".models.empty_result:EmptyResult",
)


class PluginManagementApi(SyncAPIClient):
    def delete_plugin_drivers(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除插件驱动 (DeletePluginDrivers).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PLUGIN_DRIVERS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    def refresh_plugin_drivers(
        self,
        *,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """刷新插件驱动 (RefreshPluginDrivers).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_PLUGIN_DRIVERS,
            {
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPluginManagementApi(AsyncAPIClient):
    async def delete_plugin_drivers(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """删除插件驱动 (DeletePluginDrivers).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PLUGIN_DRIVERS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "deleteMode": delete_mode,
            },
            job_uuid,
        )

    async def refresh_plugin_drivers(
        self,
        *,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """刷新插件驱动 (RefreshPluginDrivers).

        Since ZStack 5.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            name: 资源名称 (since 5.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_PLUGIN_DRIVERS,
            {
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""ZStack Cloud API: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ..models.add_backup_storages_to_replication_group_result import (
        AddBackupStoragesToReplicationGroupResult,
    )
    from ..models.empty_result import EmptyResult

__all__ = ["AsyncPluginManagementApi", "PluginManagementApi"]


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

GET_EXTERNAL_SERVICES: Api[AddBackupStoragesToReplicationGroupResult] = Api(
    "GetExternalServices",
    "GET",
    "/external/services",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.add_backup_storages_to_replication_group_result:AddBackupStoragesToReplicationGroupResult",
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

RELOAD_EXTERNAL_SERVICE: Api[EmptyResult] = Api(
    "ReloadExternalService",
    "PUT",
    "/external/services",
    params=(
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="reloadExternalService",
    since=None,
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

        Documented, and newer than the Java SDK the spec was checked against.

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

    def get_external_services(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackupStoragesToReplicationGroupResult:
        """Get external services (GetExternalServices).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetExternalServicesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_EXTERNAL_SERVICES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
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

        Documented, and newer than the Java SDK the spec was checked against.

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

    def reload_external_service(
        self,
        *,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """Reload external service (ReloadExternalService).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReloadExternalServiceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RELOAD_EXTERNAL_SERVICE,
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

        Documented, and newer than the Java SDK the spec was checked against.

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

    async def get_external_services(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackupStoragesToReplicationGroupResult:
        """Get external services (GetExternalServices).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetExternalServicesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_EXTERNAL_SERVICES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
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

        Documented, and newer than the Java SDK the spec was checked against.

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

    async def reload_external_service(
        self,
        *,
        name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> EmptyResult:
        """Reload external service (ReloadExternalService).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReloadExternalServiceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RELOAD_EXTERNAL_SERVICE,
            {
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

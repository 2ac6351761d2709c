"""``client.external``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.delete_plugin_drivers_result import DeletePluginDriversResult
    from ..models.get_external_services_result import GetExternalServicesResult
    from ..models.refresh_plugin_drivers_result import RefreshPluginDriversResult
    from ..models.reload_external_service_result import ReloadExternalServiceResult

__all__ = ["AsyncExternalApi", "ExternalApi"]


DELETE_PLUGIN_DRIVERS: Api[DeletePluginDriversResult] = Api(
    "DeletePluginDrivers",
    "DELETE",
    "/external/plugins/{uuid}",
    params=(
        ("uuid", "path", "5.3.0"),
        ("systemTags", "query", "5.3.0"),
        ("userTags", "query", "5.3.0"),
        ("deleteMode", "query", "5.3.20"),
    ),
    names=("uuid", "system_tags", "user_tags", "delete_mode"),
    required=("uuid",),
    since="5.3.0",
    result=".models.delete_plugin_drivers_result:DeletePluginDriversResult",
)

GET_EXTERNAL_SERVICES: Api[GetExternalServicesResult] = Api(
    "GetExternalServices",
    "GET",
    "/external/services",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_external_services_result:GetExternalServicesResult",
)

REFRESH_PLUGIN_DRIVERS: Api[RefreshPluginDriversResult] = Api(
    "RefreshPluginDrivers",
    "PUT",
    "/external/plugins",
    params=(
        ("name", "body", "5.3.0"),
        ("systemTags", "root", "5.3.0"),
        ("userTags", "root", "5.3.0"),
    ),
    names=("name", "system_tags", "user_tags"),
    body_key="refreshPluginDrivers",
    since="5.3.0",
    result=".models.refresh_plugin_drivers_result:RefreshPluginDriversResult",
)

RELOAD_EXTERNAL_SERVICE: Api[ReloadExternalServiceResult] = Api(
    "ReloadExternalService",
    "PUT",
    "/external/services",
    params=(
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("name", "system_tags", "user_tags"),
    required=("name",),
    body_key="reloadExternalService",
    since=None,
    result=".models.reload_external_service_result:ReloadExternalServiceResult",
)


class ExternalApi(SyncNamespace):
    """external: 4 APIs (DeletePluginDrivers, GetExternalServices, RefreshPluginDrivers, ...)."""

    __slots__ = ()

    def delete_plugin_drivers(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeletePluginDriversResult:
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
    ) -> GetExternalServicesResult:
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
    ) -> RefreshPluginDriversResult:
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
    ) -> ReloadExternalServiceResult:
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


class AsyncExternalApi(AsyncNamespace):
    """external: 4 APIs (DeletePluginDrivers, GetExternalServices, RefreshPluginDrivers, ...). (asyncio)"""

    __slots__ = ()

    async def delete_plugin_drivers(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        delete_mode: str | None = None,
        job_uuid: str | None = None,
    ) -> DeletePluginDriversResult:
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
    ) -> GetExternalServicesResult:
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
    ) -> RefreshPluginDriversResult:
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
    ) -> ReloadExternalServiceResult:
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

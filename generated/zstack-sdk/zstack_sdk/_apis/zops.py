"""``client.zops``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.check_network_reachable_result import CheckNetworkReachableResult
    from ..models.get_chrony_servers_result import GetChronyServersResult
    from ..models.sync_chrony_servers_result import SyncChronyServersResult
    from ..models.update_chrony_servers_result import UpdateChronyServersResult

__all__ = ["AsyncZopsApi", "ZopsApi"]


CHECK_NETWORK_REACHABLE: Api[CheckNetworkReachableResult] = Api(
    "CheckNetworkReachable",
    "GET",
    "/zops/check/network",
    params=(
        ("sourceHostnames", "query", "4.7.21"),
        ("targetHostnames", "query", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("source_hostnames", "target_hostnames", "system_tags", "user_tags"),
    required=("targetHostnames",),
    since="4.7.21",
    result=".models.check_network_reachable_result:CheckNetworkReachableResult",
    checks=(
        ("sourceHostnames", "source_hostnames", "minItems", 1),
        ("targetHostnames", "target_hostnames", "minItems", 1),
    ),
)

GET_CHRONY_SERVERS: Api[GetChronyServersResult] = Api(
    "GetChronyServers",
    "GET",
    "/zops/chrony/servers",
    params=(
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("system_tags", "user_tags"),
    since="4.7.21",
    result=".models.get_chrony_servers_result:GetChronyServersResult",
)

SYNC_CHRONY_SERVERS: Api[SyncChronyServersResult] = Api(
    "SyncChronyServers",
    "PUT",
    "/zops/chrony/actions",
    params=(
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("system_tags", "user_tags"),
    body_key="syncChronyServers",
    since="4.7.21",
    result=".models.sync_chrony_servers_result:SyncChronyServersResult",
)

UPDATE_CHRONY_SERVERS: Api[UpdateChronyServersResult] = Api(
    "UpdateChronyServers",
    "PUT",
    "/zops/chrony/actions",
    params=(
        ("externalHostnames", "body", "4.7.21"),
        ("internalHostnames", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("external_hostnames", "internal_hostnames", "system_tags", "user_tags"),
    body_key="updateChronyServers",
    since="4.7.21",
    result=".models.update_chrony_servers_result:UpdateChronyServersResult",
    checks=(
        ("externalHostnames", "external_hostnames", "minItems", 1),
        ("internalHostnames", "internal_hostnames", "minItems", 1),
    ),
)


class ZopsApi(SyncNamespace):
    """zops: 4 APIs (CheckNetworkReachable, GetChronyServers, SyncChronyServers, ...)."""

    __slots__ = ()

    def check_network_reachable(
        self,
        *,
        target_hostnames: Sequence[str],
        source_hostnames: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckNetworkReachableResult:
        """检查多个主机之间的网络连通性 (CheckNetworkReachable).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            source_hostnames: 源指定ip地址或域名集合 (since 4.7.21; minItems 1)
            target_hostnames: 目标ip地址或域名集合 (since 4.7.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_NETWORK_REACHABLE,
            {
                "sourceHostnames": source_hostnames,
                "targetHostnames": target_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_chrony_servers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetChronyServersResult:
        """获取当前chrony时间源服务器 (GetChronyServers).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CHRONY_SERVERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def sync_chrony_servers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncChronyServersResult:
        """同步chrony时间源 (SyncChronyServers).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_CHRONY_SERVERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_chrony_servers(
        self,
        *,
        external_hostnames: Sequence[str] | None = None,
        internal_hostnames: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateChronyServersResult:
        """修改chrony时间源服务器 (UpdateChronyServers).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            external_hostnames: 外部时间源集合 (since 4.7.21; minItems 1)
            internal_hostnames: 内部时间源集合 (since 4.7.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CHRONY_SERVERS,
            {
                "externalHostnames": external_hostnames,
                "internalHostnames": internal_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZopsApi(AsyncNamespace):
    """zops: 4 APIs (CheckNetworkReachable, GetChronyServers, SyncChronyServers, ...). (asyncio)"""

    __slots__ = ()

    async def check_network_reachable(
        self,
        *,
        target_hostnames: Sequence[str],
        source_hostnames: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckNetworkReachableResult:
        """检查多个主机之间的网络连通性 (CheckNetworkReachable).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            source_hostnames: 源指定ip地址或域名集合 (since 4.7.21; minItems 1)
            target_hostnames: 目标ip地址或域名集合 (since 4.7.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_NETWORK_REACHABLE,
            {
                "sourceHostnames": source_hostnames,
                "targetHostnames": target_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_chrony_servers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetChronyServersResult:
        """获取当前chrony时间源服务器 (GetChronyServers).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CHRONY_SERVERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def sync_chrony_servers(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncChronyServersResult:
        """同步chrony时间源 (SyncChronyServers).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_CHRONY_SERVERS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_chrony_servers(
        self,
        *,
        external_hostnames: Sequence[str] | None = None,
        internal_hostnames: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateChronyServersResult:
        """修改chrony时间源服务器 (UpdateChronyServers).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            external_hostnames: 外部时间源集合 (since 4.7.21; minItems 1)
            internal_hostnames: 内部时间源集合 (since 4.7.21; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CHRONY_SERVERS,
            {
                "externalHostnames": external_hostnames,
                "internalHostnames": internal_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.management_nodes``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.get_current_time_result import GetCurrentTimeResult
    from ..models.get_factory_mode_state_result import GetFactoryModeStateResult
    from ..models.get_management_node_arch_result import GetManagementNodeArchResult
    from ..models.get_management_node_os_result import GetManagementNodeOSResult
    from ..models.get_platform_time_zone_result import GetPlatformTimeZoneResult
    from ..models.get_support_apis_result import GetSupportAPIsResult
    from ..models.get_version_result import GetVersionResult
    from ..models.is_ready_to_go_result import IsReadyToGoResult
    from ..models.management_node_inventory import ManagementNodeInventory
    from ..models.query_management_node_result import QueryManagementNodeResult
    from ..models.update_factory_mode_state_result import UpdateFactoryModeStateResult

__all__ = ["AsyncManagementNodesApi", "ManagementNodesApi"]


GET_CURRENT_TIME: Api[GetCurrentTimeResult] = Api(
    "GetCurrentTime",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    body_key="getCurrentTime",
    since="0.6",
    result=".models.get_current_time_result:GetCurrentTimeResult",
    auth=False,
)

GET_FACTORY_MODE_STATE: Api[GetFactoryModeStateResult] = Api(
    "GetFactoryModeState",
    "GET",
    "/management-nodes/factory-mode-state",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_factory_mode_state_result:GetFactoryModeStateResult",
)

GET_MANAGEMENT_NODE_ARCH: Api[GetManagementNodeArchResult] = Api(
    "GetManagementNodeArch",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=("system_tags", "user_tags"),
    body_key="getManagementNodeArch",
    since="4.1.0",
    result=".models.get_management_node_arch_result:GetManagementNodeArchResult",
    auth=False,
)

GET_MANAGEMENT_NODE_OS: Api[GetManagementNodeOSResult] = Api(
    "GetManagementNodeOS",
    "PUT",
    "/management/actions",
    params=(
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=("system_tags", "user_tags"),
    body_key="getManagementNodeOS",
    since="4.1.0",
    result=".models.get_management_node_os_result:GetManagementNodeOSResult",
    auth=False,
)

GET_PLATFORM_TIME_ZONE: Api[GetPlatformTimeZoneResult] = Api(
    "GetPlatformTimeZone",
    "GET",
    "/management-nodes/platform-timezone",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.1.0",
    result=".models.get_platform_time_zone_result:GetPlatformTimeZoneResult",
)

GET_SUPPORT_APIS: Api[GetSupportAPIsResult] = Api(
    "GetSupportAPIs",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("system_tags", "user_tags"),
    body_key="getSupportAPIs",
    since=None,
    result=".models.get_support_apis_result:GetSupportAPIsResult",
    auth=False,
)

GET_VERSION: Api[GetVersionResult] = Api(
    "GetVersion",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    body_key="getVersion",
    since="0.6",
    result=".models.get_version_result:GetVersionResult",
    auth=False,
)

IS_READY_TO_GO: Api[IsReadyToGoResult] = Api(
    "IsReadyToGo",
    "GET",
    "/management-nodes/ready",
    params=(
        ("managementNodeId", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("management_node_id", "system_tags", "user_tags"),
    since="0.6",
    result=".models.is_ready_to_go_result:IsReadyToGoResult",
    auth=False,
)

QUERY_MANAGEMENT_NODE: Api[QueryManagementNodeResult] = Api(
    "QueryManagementNode",
    "GET",
    "/management-nodes",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_management_node_result:QueryManagementNodeResult",
    query=True,
    alt_paths=("/management-nodes/{uuid}",),
)

UPDATE_FACTORY_MODE_STATE: Api[UpdateFactoryModeStateResult] = Api(
    "UpdateFactoryModeState",
    "PUT",
    "/management-nodes/actions",
    params=(
        ("factoryModeState", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("factory_mode_state", "system_tags", "user_tags"),
    required=("factoryModeState",),
    body_key="updateFactoryModeState",
    since=None,
    result=".models.update_factory_mode_state_result:UpdateFactoryModeStateResult",
)


class ManagementNodesApi(SyncNamespace):
    """management-nodes: 10 APIs (GetCurrentTime, GetFactoryModeState, GetManagementNodeArch, ...)."""

    __slots__ = ()

    def get_current_time(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCurrentTimeResult:
        """获取当前时间 (GetCurrentTime).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CURRENT_TIME,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_factory_mode_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFactoryModeStateResult:
        """Get factory mode state (GetFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFactoryModeStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FACTORY_MODE_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_management_node_arch(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeArchResult:
        """获取管理节点CPU架构类型 (GetManagementNodeArch).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_ARCH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_management_node_os(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeOSResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_OS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_platform_time_zone(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPlatformTimeZoneResult:
        """获取管理节点当前的时区信息 (GetPlatformTimeZone).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PLATFORM_TIME_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_support_apis(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportAPIsResult:
        """Get support APIs (GetSupportAPIs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportAPIsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SUPPORT_APIS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VERSION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def is_ready_to_go(
        self,
        *,
        management_node_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsReadyToGoResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_id: managementNodeId (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IS_READY_TO_GO,
            {
                "managementNodeId": management_node_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_management_node(
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
    ) -> QueryManagementNodeResult:
        """查询管理节点 (QueryManagementNode).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MANAGEMENT_NODE,
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

    def query_management_node_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ManagementNodeInventory]:
        """Every result of ``query_management_node``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MANAGEMENT_NODE,
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

    def update_factory_mode_state(
        self,
        *,
        factory_mode_state: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFactoryModeStateResult:
        """Update factory mode state (UpdateFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFactoryModeStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            factory_mode_state: factoryModeState
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FACTORY_MODE_STATE,
            {
                "factoryModeState": factory_mode_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncManagementNodesApi(AsyncNamespace):
    """management-nodes: 10 APIs (GetCurrentTime, GetFactoryModeState, GetManagementNodeArch, ...). (asyncio)"""

    __slots__ = ()

    async def get_current_time(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCurrentTimeResult:
        """获取当前时间 (GetCurrentTime).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CURRENT_TIME,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_factory_mode_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFactoryModeStateResult:
        """Get factory mode state (GetFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFactoryModeStateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FACTORY_MODE_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_management_node_arch(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeArchResult:
        """获取管理节点CPU架构类型 (GetManagementNodeArch).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_ARCH,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_management_node_os(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeOSResult:
        """获取管理节点操作系统信息 (GetManagementNodeOS).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_OS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_platform_time_zone(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPlatformTimeZoneResult:
        """获取管理节点当前的时区信息 (GetPlatformTimeZone).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PLATFORM_TIME_ZONE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_support_apis(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportAPIsResult:
        """Get support APIs (GetSupportAPIs).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportAPIsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SUPPORT_APIS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVersionResult:
        """获取当前版本 (GetVersion).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VERSION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def is_ready_to_go(
        self,
        *,
        management_node_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsReadyToGoResult:
        """检查管理节点是否能正常开始工作 (IsReadyToGo).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            management_node_id: managementNodeId (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IS_READY_TO_GO,
            {
                "managementNodeId": management_node_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_management_node(
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
    ) -> QueryManagementNodeResult:
        """查询管理节点 (QueryManagementNode).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MANAGEMENT_NODE,
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

    def query_management_node_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ManagementNodeInventory]:
        """Every result of ``query_management_node``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MANAGEMENT_NODE,
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

    async def update_factory_mode_state(
        self,
        *,
        factory_mode_state: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFactoryModeStateResult:
        """Update factory mode state (UpdateFactoryModeState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFactoryModeStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            factory_mode_state: factoryModeState
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FACTORY_MODE_STATE,
            {
                "factoryModeState": factory_mode_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

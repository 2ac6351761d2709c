"""``client.zwatch_mn``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_management_node_dir_capacity_result import GetManagementNodeDirCapacityResult

__all__ = ["AsyncZwatchMnApi", "ZwatchMnApi"]


GET_MANAGEMENT_NODE_DIR_CAPACITY: Api[GetManagementNodeDirCapacityResult] = Api(
    "GetManagementNodeDirCapacity",
    "GET",
    "/zwatch/mn",
    params=(
        ("managementNodeUuids", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("management_node_uuids", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.get_management_node_dir_capacity_result:GetManagementNodeDirCapacityResult",
)


class ZwatchMnApi(SyncNamespace):
    """zwatch-mn: 1 APIs (GetManagementNodeDirCapacity)."""

    __slots__ = ()

    def get_management_node_dir_capacity(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeDirCapacityResult:
        """获取管理节点目录容量 (GetManagementNodeDirCapacity).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点的uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MANAGEMENT_NODE_DIR_CAPACITY,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchMnApi(AsyncNamespace):
    """zwatch-mn: 1 APIs (GetManagementNodeDirCapacity). (asyncio)"""

    __slots__ = ()

    async def get_management_node_dir_capacity(
        self,
        *,
        management_node_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetManagementNodeDirCapacityResult:
        """获取管理节点目录容量 (GetManagementNodeDirCapacity).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            management_node_uuids: 管理节点的uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MANAGEMENT_NODE_DIR_CAPACITY,
            {
                "managementNodeUuids": management_node_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

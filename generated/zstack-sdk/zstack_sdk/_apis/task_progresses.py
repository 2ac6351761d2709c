"""``client.task_progresses``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_task_progress_result import GetTaskProgressResult

__all__ = ["AsyncTaskProgressesApi", "TaskProgressesApi"]


GET_TASK_PROGRESS: Api[GetTaskProgressResult] = Api(
    "GetTaskProgress",
    "GET",
    "/task-progresses/{apiId}",
    params=(
        ("apiId", "path", "1.11"),
        ("all", "query", "1.11"),
        ("systemTags", "query", "1.11"),
        ("userTags", "query", "1.11"),
    ),
    names=("api_id", "all", "system_tags", "user_tags"),
    required=("apiId",),
    since="1.11",
    result=".models.get_task_progress_result:GetTaskProgressResult",
)


class TaskProgressesApi(SyncNamespace):
    """task-progresses: 1 APIs (GetTaskProgress)."""

    __slots__ = ()

    def get_task_progress(
        self,
        *,
        api_id: str,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTaskProgressResult:
        """获取任务进度 (GetTaskProgress).

        Since ZStack 1.11. Synchronous (a 202 is still followed).

        Args:
            api_id: 任务对应的API ID (since 1.11)
            all: 指定获取所有进度信息 (since 1.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TASK_PROGRESS,
            {
                "apiId": api_id,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTaskProgressesApi(AsyncNamespace):
    """task-progresses: 1 APIs (GetTaskProgress). (asyncio)"""

    __slots__ = ()

    async def get_task_progress(
        self,
        *,
        api_id: str,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTaskProgressResult:
        """获取任务进度 (GetTaskProgress).

        Since ZStack 1.11. Synchronous (a 202 is still followed).

        Args:
            api_id: 任务对应的API ID (since 1.11)
            all: 指定获取所有进度信息 (since 1.11)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TASK_PROGRESS,
            {
                "apiId": api_id,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

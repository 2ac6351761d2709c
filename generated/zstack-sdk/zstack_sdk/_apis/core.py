"""``client.core``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_chain_task_result import GetChainTaskResult

__all__ = ["AsyncCoreApi", "CoreApi"]


GET_CHAIN_TASK: Api[GetChainTaskResult] = Api(
    "GetChainTask",
    "GET",
    "/core/task-details",
    params=(
        ("syncSignatures", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("sync_signatures", "system_tags", "user_tags"),
    since=None,
    result=".models.get_chain_task_result:GetChainTaskResult",
)


class CoreApi(SyncNamespace):
    """core: 1 APIs (GetChainTask)."""

    __slots__ = ()

    def get_chain_task(
        self,
        *,
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetChainTaskResult:
        """Get chain task (GetChainTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetChainTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CHAIN_TASK,
            {
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCoreApi(AsyncNamespace):
    """core: 1 APIs (GetChainTask). (asyncio)"""

    __slots__ = ()

    async def get_chain_task(
        self,
        *,
        sync_signatures: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetChainTaskResult:
        """Get chain task (GetChainTask).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetChainTaskAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            sync_signatures: syncSignatures
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CHAIN_TASK,
            {
                "syncSignatures": sync_signatures,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.clean``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.clean_queue_result import CleanQueueResult

__all__ = ["AsyncCleanApi", "CleanApi"]


CLEAN_QUEUE: Api[CleanQueueResult] = Api(
    "CleanQueue",
    "PUT",
    "/clean/queue",
    params=(
        ("isCleanUp", "body", None),
        ("isRunningTask", "body", None),
        ("managementiUuid", "body", None),
        ("signatureName", "body", None),
        ("taskIndex", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "is_clean_up",
        "is_running_task",
        "managementi_uuid",
        "signature_name",
        "task_index",
        "system_tags",
        "user_tags",
    ),
    required=("signatureName",),
    body_key="cleanQueue",
    since=None,
    result=".models.clean_queue_result:CleanQueueResult",
)


class CleanApi(SyncNamespace):
    """clean: 1 APIs (CleanQueue)."""

    __slots__ = ()

    def clean_queue(
        self,
        *,
        signature_name: str,
        is_clean_up: bool | None = None,
        is_running_task: bool | None = None,
        managementi_uuid: str | None = None,
        task_index: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanQueueResult:
        """Clean queue (CleanQueue).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanQueueAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            is_clean_up: isCleanUp
            is_running_task: isRunningTask
            managementi_uuid: managementiUuid
            signature_name: signatureName
            task_index: taskIndex
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_QUEUE,
            {
                "isCleanUp": is_clean_up,
                "isRunningTask": is_running_task,
                "managementiUuid": managementi_uuid,
                "signatureName": signature_name,
                "taskIndex": task_index,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCleanApi(AsyncNamespace):
    """clean: 1 APIs (CleanQueue). (asyncio)"""

    __slots__ = ()

    async def clean_queue(
        self,
        *,
        signature_name: str,
        is_clean_up: bool | None = None,
        is_running_task: bool | None = None,
        managementi_uuid: str | None = None,
        task_index: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanQueueResult:
        """Clean queue (CleanQueue).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanQueueAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            is_clean_up: isCleanUp
            is_running_task: isRunningTask
            managementi_uuid: managementiUuid
            signature_name: signatureName
            task_index: taskIndex
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_QUEUE,
            {
                "isCleanUp": is_clean_up,
                "isRunningTask": is_running_task,
                "managementiUuid": managementi_uuid,
                "signatureName": signature_name,
                "taskIndex": task_index,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

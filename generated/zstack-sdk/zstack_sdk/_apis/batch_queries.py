"""``client.batch_queries``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.batch_query_result import BatchQueryResult

__all__ = ["AsyncBatchQueriesApi", "BatchQueriesApi"]


BATCH_QUERY: Api[BatchQueryResult] = Api(
    "BatchQuery",
    "GET",
    "/batch-queries",
    params=(
        ("script", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("script", "system_tags", "user_tags"),
    since=None,
    result=".models.batch_query_result:BatchQueryResult",
)


class BatchQueriesApi(SyncNamespace):
    """batch-queries: 1 APIs (BatchQuery)."""

    __slots__ = ()

    def batch_query(
        self,
        *,
        script: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchQueryResult:
        """Batch query (BatchQuery).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BatchQueryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            script: script
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_QUERY,
            {
                "script": script,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBatchQueriesApi(AsyncNamespace):
    """batch-queries: 1 APIs (BatchQuery). (asyncio)"""

    __slots__ = ()

    async def batch_query(
        self,
        *,
        script: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchQueryResult:
        """Batch query (BatchQuery).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/BatchQueryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            script: script
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_QUERY,
            {
                "script": script,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

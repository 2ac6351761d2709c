"""``client.search``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.refresh_search_indexes_result import RefreshSearchIndexesResult

__all__ = ["AsyncSearchApi", "SearchApi"]


REFRESH_SEARCH_INDEXES: Api[RefreshSearchIndexesResult] = Api(
    "RefreshSearchIndexes",
    "GET",
    "/search/indexes/refresh",
    params=(
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.0.0",
    result=".models.refresh_search_indexes_result:RefreshSearchIndexesResult",
)


class SearchApi(SyncNamespace):
    """search: 1 APIs (RefreshSearchIndexes)."""

    __slots__ = ()

    def refresh_search_indexes(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSearchIndexesResult:
        """重新生成索引 (RefreshSearchIndexes).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_SEARCH_INDEXES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSearchApi(AsyncNamespace):
    """search: 1 APIs (RefreshSearchIndexes). (asyncio)"""

    __slots__ = ()

    async def refresh_search_indexes(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSearchIndexesResult:
        """重新生成索引 (RefreshSearchIndexes).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_SEARCH_INDEXES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

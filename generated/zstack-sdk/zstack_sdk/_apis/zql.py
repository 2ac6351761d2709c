"""``client.zql``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.zql_query_result import ZQLQueryResult

__all__ = ["AsyncZqlApi", "ZqlApi"]


ZQL_QUERY: Api[ZQLQueryResult] = Api(
    "ZQLQuery",
    "GET",
    "/zql",
    params=(
        ("zql", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("zql", "system_tags", "user_tags"),
    since=None,
    result=".models.zql_query_result:ZQLQueryResult",
)


class ZqlApi(SyncNamespace):
    """zql: 1 APIs (ZQLQuery)."""

    __slots__ = ()

    def zql_query(
        self,
        *,
        zql: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ZQLQueryResult:
        """ZQL query (ZQLQuery).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ZQLQueryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zql: zql
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ZQL_QUERY,
            {
                "zql": zql,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZqlApi(AsyncNamespace):
    """zql: 1 APIs (ZQLQuery). (asyncio)"""

    __slots__ = ()

    async def zql_query(
        self,
        *,
        zql: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ZQLQueryResult:
        """ZQL query (ZQLQuery).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ZQLQueryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zql: zql
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ZQL_QUERY,
            {
                "zql": zql,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.token``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.token_introspection_result import TokenIntrospectionResult

__all__ = ["AsyncTokenApi", "TokenApi"]


TOKEN_INTROSPECTION: Api[TokenIntrospectionResult] = Api(
    "TokenIntrospection",
    "POST",
    "/token/introspect",
    params=(
        ("token", "body", None),
        ("tokenType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("token", "token_type", "system_tags", "user_tags"),
    required=("token", "tokenType"),
    body_key="params",
    since=None,
    result=".models.token_introspection_result:TokenIntrospectionResult",
    auth=False,
)


class TokenApi(SyncNamespace):
    """token: 1 APIs (TokenIntrospection)."""

    __slots__ = ()

    def token_introspection(
        self,
        *,
        token: str,
        token_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TokenIntrospectionResult:
        """Token introspection (TokenIntrospection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TokenIntrospectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            token: token
            token_type: tokenType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            TOKEN_INTROSPECTION,
            {
                "token": token,
                "tokenType": token_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTokenApi(AsyncNamespace):
    """token: 1 APIs (TokenIntrospection). (asyncio)"""

    __slots__ = ()

    async def token_introspection(
        self,
        *,
        token: str,
        token_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> TokenIntrospectionResult:
        """Token introspection (TokenIntrospection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/TokenIntrospectionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            token: token
            token_type: tokenType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            TOKEN_INTROSPECTION,
            {
                "token": token,
                "tokenType": token_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

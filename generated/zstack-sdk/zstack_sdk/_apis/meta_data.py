"""``client.meta_data``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.is_opensource_version_result import IsOpensourceVersionResult

__all__ = ["AsyncMetaDataApi", "MetaDataApi"]


IS_OPENSOURCE_VERSION: Api[IsOpensourceVersionResult] = Api(
    "IsOpensourceVersion",
    "GET",
    "/meta-data/opensource",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.is_opensource_version_result:IsOpensourceVersionResult",
    auth=False,
)


class MetaDataApi(SyncNamespace):
    """meta-data: 1 APIs (IsOpensourceVersion)."""

    __slots__ = ()

    def is_opensource_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsOpensourceVersionResult:
        """Is opensource version (IsOpensourceVersion).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/IsOpensourceVersionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IS_OPENSOURCE_VERSION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMetaDataApi(AsyncNamespace):
    """meta-data: 1 APIs (IsOpensourceVersion). (asyncio)"""

    __slots__ = ()

    async def is_opensource_version(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsOpensourceVersionResult:
        """Is opensource version (IsOpensourceVersion).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/IsOpensourceVersionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IS_OPENSOURCE_VERSION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

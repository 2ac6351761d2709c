"""``client.identity_models``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_supported_identity_models_result import GetSupportedIdentityModelsResult

__all__ = ["AsyncIdentityModelsApi", "IdentityModelsApi"]


GET_SUPPORTED_IDENTITY_MODELS: Api[GetSupportedIdentityModelsResult] = Api(
    "GetSupportedIdentityModels",
    "GET",
    "/identity-models",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_supported_identity_models_result:GetSupportedIdentityModelsResult",
    auth=False,
)


class IdentityModelsApi(SyncNamespace):
    """identity-models: 1 APIs (GetSupportedIdentityModels)."""

    __slots__ = ()

    def get_supported_identity_models(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportedIdentityModelsResult:
        """Get supported identity models (GetSupportedIdentityModels).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportedIdentityModelsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SUPPORTED_IDENTITY_MODELS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncIdentityModelsApi(AsyncNamespace):
    """identity-models: 1 APIs (GetSupportedIdentityModels). (asyncio)"""

    __slots__ = ()

    async def get_supported_identity_models(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportedIdentityModelsResult:
        """Get supported identity models (GetSupportedIdentityModels).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSupportedIdentityModelsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SUPPORTED_IDENTITY_MODELS,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

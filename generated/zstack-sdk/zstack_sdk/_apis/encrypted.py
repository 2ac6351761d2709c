"""``client.encrypted``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_encrypted_field_result import GetEncryptedFieldResult

__all__ = ["AsyncEncryptedApi", "EncryptedApi"]


GET_ENCRYPTED_FIELD: Api[GetEncryptedFieldResult] = Api(
    "GetEncryptedField",
    "GET",
    "/encrypted/fields",
    params=(
        ("encryptedType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("encrypted_type", "system_tags", "user_tags"),
    since=None,
    result=".models.get_encrypted_field_result:GetEncryptedFieldResult",
)


class EncryptedApi(SyncNamespace):
    """encrypted: 1 APIs (GetEncryptedField)."""

    __slots__ = ()

    def get_encrypted_field(
        self,
        *,
        encrypted_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEncryptedFieldResult:
        """Get encrypted field (GetEncryptedField).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEncryptedFieldAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            encrypted_type: encryptedType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ENCRYPTED_FIELD,
            {
                "encryptedType": encrypted_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncEncryptedApi(AsyncNamespace):
    """encrypted: 1 APIs (GetEncryptedField). (asyncio)"""

    __slots__ = ()

    async def get_encrypted_field(
        self,
        *,
        encrypted_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetEncryptedFieldResult:
        """Get encrypted field (GetEncryptedField).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetEncryptedFieldAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            encrypted_type: encryptedType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ENCRYPTED_FIELD,
            {
                "encryptedType": encrypted_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

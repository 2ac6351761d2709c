"""``client.start``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.start_data_protection_result import StartDataProtectionResult

__all__ = ["AsyncStartApi", "StartApi"]


START_DATA_PROTECTION: Api[StartDataProtectionResult] = Api(
    "StartDataProtection",
    "POST",
    "/start/data/protection/",
    params=(
        ("auditsIntegrityDate", "body", None),
        ("encryptType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("audits_integrity_date", "encrypt_type", "system_tags", "user_tags"),
    required=("encryptType",),
    body_key="params",
    since=None,
    result=".models.start_data_protection_result:StartDataProtectionResult",
    checks=(
        ("auditsIntegrityDate", "audits_integrity_date", "minimum", 1),
        ("auditsIntegrityDate", "audits_integrity_date", "maximum", 65535),
    ),
)


class StartApi(SyncNamespace):
    """start: 1 APIs (StartDataProtection)."""

    __slots__ = ()

    def start_data_protection(
        self,
        *,
        encrypt_type: str,
        audits_integrity_date: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartDataProtectionResult:
        """Start data protection (StartDataProtection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartDataProtectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            audits_integrity_date: auditsIntegrityDate (minimum 1; maximum 65535)
            encrypt_type: encryptType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            START_DATA_PROTECTION,
            {
                "auditsIntegrityDate": audits_integrity_date,
                "encryptType": encrypt_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncStartApi(AsyncNamespace):
    """start: 1 APIs (StartDataProtection). (asyncio)"""

    __slots__ = ()

    async def start_data_protection(
        self,
        *,
        encrypt_type: str,
        audits_integrity_date: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StartDataProtectionResult:
        """Start data protection (StartDataProtection).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/StartDataProtectionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            audits_integrity_date: auditsIntegrityDate (minimum 1; maximum 65535)
            encrypt_type: encryptType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            START_DATA_PROTECTION,
            {
                "auditsIntegrityDate": audits_integrity_date,
                "encryptType": encrypt_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.check``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.check_batch_data_integrity_result import CheckBatchDataIntegrityResult

__all__ = ["AsyncCheckApi", "CheckApi"]


CHECK_BATCH_DATA_INTEGRITY: Api[CheckBatchDataIntegrityResult] = Api(
    "CheckBatchDataIntegrity",
    "GET",
    "/check/batch/data/integrity/",
    params=(
        ("resourceUuids", "query", None),
        ("resourceType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("resource_uuids", "resource_type", "system_tags", "user_tags"),
    required=("resourceType",),
    since=None,
    result=".models.check_batch_data_integrity_result:CheckBatchDataIntegrityResult",
)


class CheckApi(SyncNamespace):
    """check: 1 APIs (CheckBatchDataIntegrity)."""

    __slots__ = ()

    def check_batch_data_integrity(
        self,
        *,
        resource_type: str,
        resource_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBatchDataIntegrityResult:
        """Check batch data integrity (CheckBatchDataIntegrity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckBatchDataIntegrityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuids: resourceUuids
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_BATCH_DATA_INTEGRITY,
            {
                "resourceUuids": resource_uuids,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCheckApi(AsyncNamespace):
    """check: 1 APIs (CheckBatchDataIntegrity). (asyncio)"""

    __slots__ = ()

    async def check_batch_data_integrity(
        self,
        *,
        resource_type: str,
        resource_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckBatchDataIntegrityResult:
        """Check batch data integrity (CheckBatchDataIntegrity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckBatchDataIntegrityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuids: resourceUuids
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_BATCH_DATA_INTEGRITY,
            {
                "resourceUuids": resource_uuids,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

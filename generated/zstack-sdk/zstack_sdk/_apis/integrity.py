"""``client.integrity``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.add_integrity_resource_result import AddIntegrityResourceResult

__all__ = ["AsyncIntegrityApi", "IntegrityApi"]


ADD_INTEGRITY_RESOURCE: Api[AddIntegrityResourceResult] = Api(
    "AddIntegrityResource",
    "POST",
    "/integrity/resource/actions",
    params=(
        ("integrityResourceDataRangeInDays", "body", None),
        ("resourceType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("integrity_resource_data_range_in_days", "resource_type", "system_tags", "user_tags"),
    required=("resourceType",),
    body_key="params",
    since=None,
    result=".models.add_integrity_resource_result:AddIntegrityResourceResult",
    checks=(
        ("integrityResourceDataRangeInDays", "integrity_resource_data_range_in_days", "minimum", 1),
        (
            "integrityResourceDataRangeInDays",
            "integrity_resource_data_range_in_days",
            "maximum",
            65535,
        ),
    ),
)


class IntegrityApi(SyncNamespace):
    """integrity: 1 APIs (AddIntegrityResource)."""

    __slots__ = ()

    def add_integrity_resource(
        self,
        *,
        resource_type: str,
        integrity_resource_data_range_in_days: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIntegrityResourceResult:
        """Add integrity resource (AddIntegrityResource).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddIntegrityResourceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            integrity_resource_data_range_in_days: integrityResourceDataRangeInDays (minimum 1; maximum 65535)
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_INTEGRITY_RESOURCE,
            {
                "integrityResourceDataRangeInDays": integrity_resource_data_range_in_days,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncIntegrityApi(AsyncNamespace):
    """integrity: 1 APIs (AddIntegrityResource). (asyncio)"""

    __slots__ = ()

    async def add_integrity_resource(
        self,
        *,
        resource_type: str,
        integrity_resource_data_range_in_days: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIntegrityResourceResult:
        """Add integrity resource (AddIntegrityResource).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddIntegrityResourceAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            integrity_resource_data_range_in_days: integrityResourceDataRangeInDays (minimum 1; maximum 65535)
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_INTEGRITY_RESOURCE,
            {
                "integrityResourceDataRangeInDays": integrity_resource_data_range_in_days,
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

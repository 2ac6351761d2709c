"""``client.guest_os``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_guest_os_metadata_result import GetGuestOsMetadataResult
    from ..models.refresh_guest_os_metadata_result import RefreshGuestOsMetadataResult

__all__ = ["AsyncGuestOsApi", "GuestOsApi"]


GET_GUEST_OS_METADATA: Api[GetGuestOsMetadataResult] = Api(
    "GetGuestOsMetadata",
    "GET",
    "/guest-os/metadata",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_guest_os_metadata_result:GetGuestOsMetadataResult",
)

REFRESH_GUEST_OS_METADATA: Api[RefreshGuestOsMetadataResult] = Api(
    "RefreshGuestOsMetadata",
    "PUT",
    "/guest-os/metadata/actions",
    params=(
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("system_tags", "user_tags"),
    body_key="refreshGuestOsMetadata",
    since=None,
    result=".models.refresh_guest_os_metadata_result:RefreshGuestOsMetadataResult",
)


class GuestOsApi(SyncNamespace):
    """guest-os: 2 APIs (GetGuestOsMetadata, RefreshGuestOsMetadata)."""

    __slots__ = ()

    def get_guest_os_metadata(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetGuestOsMetadataResult:
        """Get guest os metadata (GetGuestOsMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetGuestOsMetadataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_GUEST_OS_METADATA,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def refresh_guest_os_metadata(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshGuestOsMetadataResult:
        """Refresh guest os metadata (RefreshGuestOsMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RefreshGuestOsMetadataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_GUEST_OS_METADATA,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncGuestOsApi(AsyncNamespace):
    """guest-os: 2 APIs (GetGuestOsMetadata, RefreshGuestOsMetadata). (asyncio)"""

    __slots__ = ()

    async def get_guest_os_metadata(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetGuestOsMetadataResult:
        """Get guest os metadata (GetGuestOsMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetGuestOsMetadataAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_GUEST_OS_METADATA,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def refresh_guest_os_metadata(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshGuestOsMetadataResult:
        """Refresh guest os metadata (RefreshGuestOsMetadata).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RefreshGuestOsMetadataAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_GUEST_OS_METADATA,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

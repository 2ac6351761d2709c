"""``client.buildapp``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.delete_build_app_export_history_result import DeleteBuildAppExportHistoryResult

__all__ = ["AsyncBuildappApi", "BuildappApi"]


DELETE_BUILD_APP_EXPORT_HISTORY: Api[DeleteBuildAppExportHistoryResult] = Api(
    "DeleteBuildAppExportHistory",
    "DELETE",
    "/buildapp/exports/{buildAppUuid}",
    params=(
        ("buildAppUuid", "path", None),
        ("exportId", "query", None),
        ("buildSystemUuid", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "build_app_uuid",
        "export_id",
        "build_system_uuid",
        "delete_mode",
        "system_tags",
        "user_tags",
    ),
    required=("buildAppUuid",),
    since=None,
    result=".models.delete_build_app_export_history_result:DeleteBuildAppExportHistoryResult",
)


class BuildappApi(SyncNamespace):
    """buildapp: 1 APIs (DeleteBuildAppExportHistory)."""

    __slots__ = ()

    def delete_build_app_export_history(
        self,
        *,
        build_app_uuid: str,
        export_id: str | None = None,
        build_system_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBuildAppExportHistoryResult:
        """Delete build app export history (DeleteBuildAppExportHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBuildAppExportHistoryAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            build_app_uuid: buildAppUuid
            export_id: exportId
            build_system_uuid: buildSystemUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_BUILD_APP_EXPORT_HISTORY,
            {
                "buildAppUuid": build_app_uuid,
                "exportId": export_id,
                "buildSystemUuid": build_system_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBuildappApi(AsyncNamespace):
    """buildapp: 1 APIs (DeleteBuildAppExportHistory). (asyncio)"""

    __slots__ = ()

    async def delete_build_app_export_history(
        self,
        *,
        build_app_uuid: str,
        export_id: str | None = None,
        build_system_uuid: str | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteBuildAppExportHistoryResult:
        """Delete build app export history (DeleteBuildAppExportHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteBuildAppExportHistoryAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            build_app_uuid: buildAppUuid
            export_id: exportId
            build_system_uuid: buildSystemUuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_BUILD_APP_EXPORT_HISTORY,
            {
                "buildAppUuid": build_app_uuid,
                "exportId": export_id,
                "buildSystemUuid": build_system_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

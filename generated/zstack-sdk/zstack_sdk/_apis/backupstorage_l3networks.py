"""``client.backupstorage_l3networks``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_interdependent_l3_networks_backup_storages_result import (
        GetInterdependentL3NetworksBackupStoragesResult,
    )

__all__ = ["AsyncBackupstorageL3networksApi", "BackupstorageL3networksApi"]


GET_INTERDEPENDENT_L3_NETWORKS_BACKUP_STORAGES: Api[
    GetInterdependentL3NetworksBackupStoragesResult
] = Api(
    "GetInterdependentL3NetworksBackupStorages",
    "GET",
    "/backupStorage-l3networks/dependencies",
    params=(
        ("zoneUuid", "query", None),
        ("backupStorageUuid", "query", None),
        ("l3NetworkUuids", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("zone_uuid", "backup_storage_uuid", "l3_network_uuids", "system_tags", "user_tags"),
    required=("zoneUuid",),
    since=None,
    result=".models.get_interdependent_l3_networks_backup_storages_result:GetInterdependentL3NetworksBackupStoragesResult",
    checks=(("l3NetworkUuids", "l3_network_uuids", "minItems", 1),),
)


class BackupstorageL3networksApi(SyncNamespace):
    """backupstorage-l3networks: 1 APIs (GetInterdependentL3NetworksBackupStorages)."""

    __slots__ = ()

    def get_interdependent_l3_networks_backup_storages(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetInterdependentL3NetworksBackupStoragesResult:
        """Get interdependent L3 networks backup storages (GetInterdependentL3NetworksBackupStorages).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetInterdependentL3NetworksBackupStoragesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            backup_storage_uuid: backupStorageUuid
            l3_network_uuids: l3NetworkUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_INTERDEPENDENT_L3_NETWORKS_BACKUP_STORAGES,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBackupstorageL3networksApi(AsyncNamespace):
    """backupstorage-l3networks: 1 APIs (GetInterdependentL3NetworksBackupStorages). (asyncio)"""

    __slots__ = ()

    async def get_interdependent_l3_networks_backup_storages(
        self,
        *,
        zone_uuid: str,
        backup_storage_uuid: str | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetInterdependentL3NetworksBackupStoragesResult:
        """Get interdependent L3 networks backup storages (GetInterdependentL3NetworksBackupStorages).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetInterdependentL3NetworksBackupStoragesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            backup_storage_uuid: backupStorageUuid
            l3_network_uuids: l3NetworkUuids (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_INTERDEPENDENT_L3_NETWORKS_BACKUP_STORAGES,
            {
                "zoneUuid": zone_uuid,
                "backupStorageUuid": backup_storage_uuid,
                "l3NetworkUuids": l3_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

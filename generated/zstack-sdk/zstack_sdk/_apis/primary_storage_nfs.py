"""``client.primary_storage_nfs``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.add_nfs_primary_storage_result import AddNfsPrimaryStorageResult

__all__ = ["AsyncPrimaryStorageNfsApi", "PrimaryStorageNfsApi"]


ADD_NFS_PRIMARY_STORAGE: Api[AddNfsPrimaryStorageResult] = Api(
    "AddNfsPrimaryStorage",
    "POST",
    "/primary-storage/nfs",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("zoneUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "url", "zoneUuid"),
    body_key="params",
    since="0.6",
    result=".models.add_nfs_primary_storage_result:AddNfsPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)


class PrimaryStorageNfsApi(SyncNamespace):
    """primary-storage-nfs: 1 APIs (AddNfsPrimaryStorage)."""

    __slots__ = ()

    def add_nfs_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddNfsPrimaryStorageResult:
        """添加NFS主存储 (AddNfsPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: NFS 主存储的详细描述 (since 0.6; maxLength 2048)
            name: NFS 主存储名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 类型为 NFS (since 0.6)
            url: NFS 公开地址，格式为 nfs-host:/path/to/export (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_NFS_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPrimaryStorageNfsApi(AsyncNamespace):
    """primary-storage-nfs: 1 APIs (AddNfsPrimaryStorage). (asyncio)"""

    __slots__ = ()

    async def add_nfs_primary_storage(
        self,
        *,
        name: str,
        url: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddNfsPrimaryStorageResult:
        """添加NFS主存储 (AddNfsPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: NFS 主存储的详细描述 (since 0.6; maxLength 2048)
            name: NFS 主存储名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，NFS 主存储会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 类型为 NFS (since 0.6)
            url: NFS 公开地址，格式为 nfs-host:/path/to/export (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_NFS_PRIMARY_STORAGE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

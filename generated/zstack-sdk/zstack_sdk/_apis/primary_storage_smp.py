"""``client.primary_storage_smp``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.add_shared_mount_point_primary_storage_result import (
        AddSharedMountPointPrimaryStorageResult,
    )

__all__ = ["AsyncPrimaryStorageSmpApi", "PrimaryStorageSmpApi"]


ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE: Api[AddSharedMountPointPrimaryStorageResult] = Api(
    "AddSharedMountPointPrimaryStorage",
    "POST",
    "/primary-storage/smp",
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
    result=".models.add_shared_mount_point_primary_storage_result:AddSharedMountPointPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)


class PrimaryStorageSmpApi(SyncNamespace):
    """primary-storage-smp: 1 APIs (AddSharedMountPointPrimaryStorage)."""

    __slots__ = ()

    def add_shared_mount_point_primary_storage(
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
    ) -> AddSharedMountPointPrimaryStorageResult:
        """添加一个共享挂载点的主存储 (AddSharedMountPointPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 共享挂载主存储的详细描述 (since 0.6; maxLength 2048)
            name: 共享挂载主存储的名称 (since 0.6; maxLength 255)
            resource_uuid: 共享挂载主存储的uuid (since 0.6)
            tag_uuids: tagUuids
            type: 主存储的类型，应为SharedMountPoint (since 0.6)
            url: 共享挂载主存储所在的本地路径 (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE,
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


class AsyncPrimaryStorageSmpApi(AsyncNamespace):
    """primary-storage-smp: 1 APIs (AddSharedMountPointPrimaryStorage). (asyncio)"""

    __slots__ = ()

    async def add_shared_mount_point_primary_storage(
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
    ) -> AddSharedMountPointPrimaryStorageResult:
        """添加一个共享挂载点的主存储 (AddSharedMountPointPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 共享挂载主存储的详细描述 (since 0.6; maxLength 2048)
            name: 共享挂载主存储的名称 (since 0.6; maxLength 255)
            resource_uuid: 共享挂载主存储的uuid (since 0.6)
            tag_uuids: tagUuids
            type: 主存储的类型，应为SharedMountPoint (since 0.6)
            url: 共享挂载主存储所在的本地路径 (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_MOUNT_POINT_PRIMARY_STORAGE,
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

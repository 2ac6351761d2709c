"""``client.primary_storage_local_storage``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_local_primary_storage_result import AddLocalPrimaryStorageResult
    from ..models.get_local_storage_host_disk_capacity_result import (
        GetLocalStorageHostDiskCapacityResult,
    )
    from ..models.local_storage_get_volume_migratable_hosts_result import (
        LocalStorageGetVolumeMigratableHostsResult,
    )
    from ..models.local_storage_migrate_volume_result import LocalStorageMigrateVolumeResult
    from ..models.local_storage_resource_ref_inventory import LocalStorageResourceRefInventory
    from ..models.query_local_storage_resource_ref_result import QueryLocalStorageResourceRefResult

__all__ = ["AsyncPrimaryStorageLocalStorageApi", "PrimaryStorageLocalStorageApi"]


ADD_LOCAL_PRIMARY_STORAGE: Api[AddLocalPrimaryStorageResult] = Api(
    "AddLocalPrimaryStorage",
    "POST",
    "/primary-storage/local-storage",
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
    result=".models.add_local_primary_storage_result:AddLocalPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

GET_LOCAL_STORAGE_HOST_DISK_CAPACITY: Api[GetLocalStorageHostDiskCapacityResult] = Api(
    "GetLocalStorageHostDiskCapacity",
    "GET",
    "/primary-storage/local-storage/{primaryStorageUuid}/capacities",
    params=(
        ("primaryStorageUuid", "path", "0.6"),
        ("hostUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("primary_storage_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("primaryStorageUuid",),
    since="0.6",
    result=".models.get_local_storage_host_disk_capacity_result:GetLocalStorageHostDiskCapacityResult",
)

LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS: Api[LocalStorageGetVolumeMigratableHostsResult] = Api(
    "LocalStorageGetVolumeMigratableHosts",
    "GET",
    "/volumes/{volumeUuid}/migration-target-hosts",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("volume_uuid", "system_tags", "user_tags"),
    required=("volumeUuid",),
    since="0.6",
    result=".models.local_storage_get_volume_migratable_hosts_result:LocalStorageGetVolumeMigratableHostsResult",
)

LOCAL_STORAGE_MIGRATE_VOLUME: Api[LocalStorageMigrateVolumeResult] = Api(
    "LocalStorageMigrateVolume",
    "PUT",
    "/primary-storage/local-storage/volumes/{volumeUuid}/actions",
    params=(
        ("volumeUuid", "path", "0.6"),
        ("destHostUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("volume_uuid", "dest_host_uuid", "system_tags", "user_tags"),
    required=("volumeUuid", "destHostUuid"),
    body_key="localStorageMigrateVolume",
    since="0.6",
    result=".models.local_storage_migrate_volume_result:LocalStorageMigrateVolumeResult",
)

QUERY_LOCAL_STORAGE_RESOURCE_REF: Api[QueryLocalStorageResourceRefResult] = Api(
    "QueryLocalStorageResourceRef",
    "GET",
    "/primary-storage/local-storage/resource-refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_local_storage_resource_ref_result:QueryLocalStorageResourceRefResult",
    query=True,
)


class PrimaryStorageLocalStorageApi(SyncNamespace):
    """primary-storage-local-storage: 5 APIs (AddLocalPrimaryStorage, GetLocalStorageHostDiskCapacity, LocalStorageGetVolumeMigratableHosts, ...)."""

    __slots__ = ()

    def add_local_primary_storage(
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
    ) -> AddLocalPrimaryStorageResult:
        """添加本地存储为主存储 (AddLocalPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 本地存储主存储的详细描述 (since 0.6; maxLength 2048)
            name: 本地存储主存储名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，本地存储主存储会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 类型为 LocalStorage (since 0.6)
            url: 本地存储的路径 (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LOCAL_PRIMARY_STORAGE,
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

    def get_local_storage_host_disk_capacity(
        self,
        *,
        primary_storage_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalStorageHostDiskCapacityResult:
        """获取主机本地存储容量 (GetLocalStorageHostDiskCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOCAL_STORAGE_HOST_DISK_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def local_storage_get_volume_migratable_hosts(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageGetVolumeMigratableHostsResult:
        """获取迁移本地存储物理机 (LocalStorageGetVolumeMigratableHosts).

        检查哪些物理机可以迁移本地存储上存放的云盘。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def local_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dest_host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageMigrateVolumeResult:
        """迁移本地存储上存放的云盘 (LocalStorageMigrateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            dest_host_uuid: 目标主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOCAL_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "destHostUuid": dest_host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_local_storage_resource_ref(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryLocalStorageResourceRefResult:
        """查询本地存储资源引用 (QueryLocalStorageResourceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_local_storage_resource_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LocalStorageResourceRefInventory]:
        """Every result of ``query_local_storage_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )


class AsyncPrimaryStorageLocalStorageApi(AsyncNamespace):
    """primary-storage-local-storage: 5 APIs (AddLocalPrimaryStorage, GetLocalStorageHostDiskCapacity, LocalStorageGetVolumeMigratableHosts, ...). (asyncio)"""

    __slots__ = ()

    async def add_local_primary_storage(
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
    ) -> AddLocalPrimaryStorageResult:
        """添加本地存储为主存储 (AddLocalPrimaryStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 本地存储主存储的详细描述 (since 0.6; maxLength 2048)
            name: 本地存储主存储名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，本地存储主存储会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 类型为 LocalStorage (since 0.6)
            url: 本地存储的路径 (since 0.6; maxLength 2048)
            zone_uuid: 区域UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LOCAL_PRIMARY_STORAGE,
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

    async def get_local_storage_host_disk_capacity(
        self,
        *,
        primary_storage_uuid: str,
        host_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLocalStorageHostDiskCapacityResult:
        """获取主机本地存储容量 (GetLocalStorageHostDiskCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: 主存储UUID (since 0.6)
            host_uuid: 物理机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOCAL_STORAGE_HOST_DISK_CAPACITY,
            {
                "primaryStorageUuid": primary_storage_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def local_storage_get_volume_migratable_hosts(
        self,
        *,
        volume_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageGetVolumeMigratableHostsResult:
        """获取迁移本地存储物理机 (LocalStorageGetVolumeMigratableHosts).

        检查哪些物理机可以迁移本地存储上存放的云盘。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCAL_STORAGE_GET_VOLUME_MIGRATABLE_HOSTS,
            {
                "volumeUuid": volume_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def local_storage_migrate_volume(
        self,
        *,
        volume_uuid: str,
        dest_host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LocalStorageMigrateVolumeResult:
        """迁移本地存储上存放的云盘 (LocalStorageMigrateVolume).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            volume_uuid: 云盘UUID (since 0.6)
            dest_host_uuid: 目标主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOCAL_STORAGE_MIGRATE_VOLUME,
            {
                "volumeUuid": volume_uuid,
                "destHostUuid": dest_host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_local_storage_resource_ref(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryLocalStorageResourceRefResult:
        """查询本地存储资源引用 (QueryLocalStorageResourceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_local_storage_resource_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LocalStorageResourceRefInventory]:
        """Every result of ``query_local_storage_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOCAL_STORAGE_RESOURCE_REF,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

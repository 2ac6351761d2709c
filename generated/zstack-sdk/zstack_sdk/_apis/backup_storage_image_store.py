"""``client.backup_storage_image_store``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_image_store_backup_storage_result import AddImageStoreBackupStorageResult
    from ..models.query_image_store_backup_storage_result import QueryImageStoreBackupStorageResult
    from ..models.reclaim_space_from_image_store_result import ReclaimSpaceFromImageStoreResult
    from ..models.reconnect_image_store_backup_storage_result import (
        ReconnectImageStoreBackupStorageResult,
    )
    from ..models.update_image_store_backup_storage_result import (
        UpdateImageStoreBackupStorageResult,
    )

__all__ = ["AsyncBackupStorageImageStoreApi", "BackupStorageImageStoreApi"]


ADD_IMAGE_STORE_BACKUP_STORAGE: Api[AddImageStoreBackupStorageResult] = Api(
    "AddImageStoreBackupStorage",
    "POST",
    "/backup-storage/image-store",
    params=(
        ("description", "body", "1.6"),
        ("hostname", "body", "1.6"),
        ("importImages", "body", "1.9"),
        ("name", "body", "1.6"),
        ("password", "body", "1.6"),
        ("resourceUuid", "body", "1.6"),
        ("sshPort", "body", "1.6"),
        ("tagUuids", "body", None),
        ("type", "body", "1.6"),
        ("url", "body", "1.6"),
        ("username", "body", "1.6"),
        ("systemTags", "root", "1.6"),
        ("userTags", "root", "1.6"),
    ),
    names=(
        "description",
        "hostname",
        "import_images",
        "name",
        "password",
        "resource_uuid",
        "ssh_port",
        "tag_uuids",
        "type",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("hostname", "name", "password", "url", "username"),
    body_key="params",
    since="1.6",
    result=".models.add_image_store_backup_storage_result:AddImageStoreBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("url", "url", "minLength", 1),
        ("url", "url", "maxLength", 2048),
        ("username", "username", "maxLength", 255),
    ),
)

QUERY_IMAGE_STORE_BACKUP_STORAGE: Api[QueryImageStoreBackupStorageResult] = Api(
    "QueryImageStoreBackupStorage",
    "GET",
    "/backup-storage/image-store",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_image_store_backup_storage_result:QueryImageStoreBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/image-store/{uuid}",),
)

RECLAIM_SPACE_FROM_IMAGE_STORE: Api[ReclaimSpaceFromImageStoreResult] = Api(
    "ReclaimSpaceFromImageStore",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.10"),
        ("systemTags", "root", "1.10"),
        ("userTags", "root", "1.10"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reclaimSpaceFromImageStore",
    since="1.10",
    result=".models.reclaim_space_from_image_store_result:ReclaimSpaceFromImageStoreResult",
)

RECONNECT_IMAGE_STORE_BACKUP_STORAGE: Api[ReconnectImageStoreBackupStorageResult] = Api(
    "ReconnectImageStoreBackupStorage",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.6"),
        ("systemTags", "root", "1.6"),
        ("userTags", "root", "1.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="reconnectImageStoreBackupStorage",
    since="1.6",
    result=".models.reconnect_image_store_backup_storage_result:ReconnectImageStoreBackupStorageResult",
)

UPDATE_IMAGE_STORE_BACKUP_STORAGE: Api[UpdateImageStoreBackupStorageResult] = Api(
    "UpdateImageStoreBackupStorage",
    "PUT",
    "/backup-storage/image-store/{uuid}/actions",
    params=(
        ("uuid", "path", "1.6"),
        ("description", "body", "1.6"),
        ("hostname", "body", "1.6"),
        ("name", "body", "1.6"),
        ("password", "body", "1.6"),
        ("sshPort", "body", "1.6"),
        ("username", "body", "1.6"),
        ("systemTags", "root", "1.6"),
        ("userTags", "root", "1.6"),
    ),
    names=(
        "uuid",
        "description",
        "hostname",
        "name",
        "password",
        "ssh_port",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateImageStoreBackupStorage",
    since="1.6",
    result=".models.update_image_store_backup_storage_result:UpdateImageStoreBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("hostname", "hostname", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("username", "username", "maxLength", 255),
    ),
)


class BackupStorageImageStoreApi(SyncNamespace):
    """backup-storage-image-store: 5 APIs (AddImageStoreBackupStorage, QueryImageStoreBackupStorage, ReclaimSpaceFromImageStore, ...)."""

    __slots__ = ()

    def add_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddImageStoreBackupStorageResult:
        """添加镜像仓库服务器 (AddImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像仓库的详细描述 (since 1.6; maxLength 2048)
            hostname: 服务器主机地址 (since 1.6; minLength 1; maxLength 255)
            import_images: 是否导入镜像 (since 1.9)
            name: 镜像仓库服务器名称 (since 1.6; maxLength 255)
            password: 服务器 SSH 用户密码 (since 1.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID (since 1.6)
            ssh_port: 服务器 SSH 端口 (since 1.6; minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: 这里是 ImageStoreBackupStorage (since 1.6)
            url: 镜像仓库本地数据存放路径 (since 1.6; minLength 1; maxLength 2048)
            username: 服务器 SSH 用户名 (用于 Ansible 部署) (since 1.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IMAGE_STORE_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_image_store_backup_storage(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QueryImageStoreBackupStorageResult:
        """查询镜像仓库服务器 (QueryImageStoreBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
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

    def query_image_store_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_image_store_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
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

    def reclaim_space_from_image_store(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReclaimSpaceFromImageStoreResult:
        """从镜像仓库回收磁盘空间 (ReclaimSpaceFromImageStore).

        Since ZStack 1.10. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库的UUID，唯一标示该资源 (since 1.10)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECLAIM_SPACE_FROM_IMAGE_STORE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reconnect_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectImageStoreBackupStorageResult:
        """重连镜像仓库服务器 (ReconnectImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库服务器的UUID (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_image_store_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImageStoreBackupStorageResult:
        """更新镜像仓库服务器信息 (UpdateImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像服务器的UUID (since 1.6)
            description: 镜像服务器的更新详细描述 (since 1.6; maxLength 2048)
            hostname: 镜像服务器主机名 (since 1.6; maxLength 255)
            name: 镜像服务器的新名称 (since 1.6; maxLength 255)
            password: SSH 用户密码 (since 1.6; maxLength 255)
            ssh_port: SSH 端口号 (since 1.6; minimum 1; maximum 65535)
            username: SSH 用户名 (用于 Ansible 部署) (since 1.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBackupStorageImageStoreApi(AsyncNamespace):
    """backup-storage-image-store: 5 APIs (AddImageStoreBackupStorage, QueryImageStoreBackupStorage, ReclaimSpaceFromImageStore, ...). (asyncio)"""

    __slots__ = ()

    async def add_image_store_backup_storage(
        self,
        *,
        hostname: str,
        name: str,
        password: str,
        url: str,
        username: str,
        description: str | None = None,
        import_images: bool | None = None,
        resource_uuid: str | None = None,
        ssh_port: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddImageStoreBackupStorageResult:
        """添加镜像仓库服务器 (AddImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像仓库的详细描述 (since 1.6; maxLength 2048)
            hostname: 服务器主机地址 (since 1.6; minLength 1; maxLength 255)
            import_images: 是否导入镜像 (since 1.9)
            name: 镜像仓库服务器名称 (since 1.6; maxLength 255)
            password: 服务器 SSH 用户密码 (since 1.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID (since 1.6)
            ssh_port: 服务器 SSH 端口 (since 1.6; minimum 1; maximum 65535)
            tag_uuids: tagUuids
            type: 这里是 ImageStoreBackupStorage (since 1.6)
            url: 镜像仓库本地数据存放路径 (since 1.6; minLength 1; maxLength 2048)
            username: 服务器 SSH 用户名 (用于 Ansible 部署) (since 1.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IMAGE_STORE_BACKUP_STORAGE,
            {
                "description": description,
                "hostname": hostname,
                "importImages": import_images,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "sshPort": ssh_port,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_image_store_backup_storage(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QueryImageStoreBackupStorageResult:
        """查询镜像仓库服务器 (QueryImageStoreBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
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

    def query_image_store_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_image_store_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_STORE_BACKUP_STORAGE,
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

    async def reclaim_space_from_image_store(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReclaimSpaceFromImageStoreResult:
        """从镜像仓库回收磁盘空间 (ReclaimSpaceFromImageStore).

        Since ZStack 1.10. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库的UUID，唯一标示该资源 (since 1.10)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECLAIM_SPACE_FROM_IMAGE_STORE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reconnect_image_store_backup_storage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectImageStoreBackupStorageResult:
        """重连镜像仓库服务器 (ReconnectImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像仓库服务器的UUID (since 1.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_image_store_backup_storage(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hostname: str | None = None,
        name: str | None = None,
        password: str | None = None,
        ssh_port: int | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateImageStoreBackupStorageResult:
        """更新镜像仓库服务器信息 (UpdateImageStoreBackupStorage).

        Since ZStack 1.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 镜像服务器的UUID (since 1.6)
            description: 镜像服务器的更新详细描述 (since 1.6; maxLength 2048)
            hostname: 镜像服务器主机名 (since 1.6; maxLength 255)
            name: 镜像服务器的新名称 (since 1.6; maxLength 255)
            password: SSH 用户密码 (since 1.6; maxLength 255)
            ssh_port: SSH 端口号 (since 1.6; minimum 1; maximum 65535)
            username: SSH 用户名 (用于 Ansible 部署) (since 1.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IMAGE_STORE_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "description": description,
                "hostname": hostname,
                "name": name,
                "password": password,
                "sshPort": ssh_port,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

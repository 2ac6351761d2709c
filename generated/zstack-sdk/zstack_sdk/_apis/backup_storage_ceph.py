"""``client.backup_storage_ceph``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_ceph_backup_storage_result import AddCephBackupStorageResult
    from ..models.add_mon_to_ceph_backup_storage_result import AddMonToCephBackupStorageResult
    from ..models.backup_storage_inventory import BackupStorageInventory
    from ..models.query_ceph_backup_storage_result import QueryCephBackupStorageResult
    from ..models.remove_mon_from_ceph_backup_storage_result import (
        RemoveMonFromCephBackupStorageResult,
    )
    from ..models.update_ceph_backup_storage_mon_result import UpdateCephBackupStorageMonResult

__all__ = ["AsyncBackupStorageCephApi", "BackupStorageCephApi"]


ADD_CEPH_BACKUP_STORAGE: Api[AddCephBackupStorageResult] = Api(
    "AddCephBackupStorage",
    "POST",
    "/backup-storage/ceph",
    params=(
        ("description", "body", "0.6"),
        ("importImages", "body", "1.9"),
        ("monUrls", "body", "0.6"),
        ("name", "body", "0.6"),
        ("poolName", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("url", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "import_images",
        "mon_urls",
        "name",
        "pool_name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("monUrls", "name"),
    body_key="params",
    since="0.6",
    result=".models.add_ceph_backup_storage_result:AddCephBackupStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("poolName", "pool_name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_MON_TO_CEPH_BACKUP_STORAGE: Api[AddMonToCephBackupStorageResult] = Api(
    "AddMonToCephBackupStorage",
    "POST",
    "/backup-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monUrls", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "mon_urls", "system_tags", "user_tags"),
    required=("uuid", "monUrls"),
    body_key="params",
    since="0.6",
    result=".models.add_mon_to_ceph_backup_storage_result:AddMonToCephBackupStorageResult",
    checks=(("monUrls", "mon_urls", "minItems", 1),),
)

QUERY_CEPH_BACKUP_STORAGE: Api[QueryCephBackupStorageResult] = Api(
    "QueryCephBackupStorage",
    "GET",
    "/backup-storage/ceph",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ceph_backup_storage_result:QueryCephBackupStorageResult",
    query=True,
    alt_paths=("/backup-storage/ceph/{uuid}",),
)

REMOVE_MON_FROM_CEPH_BACKUP_STORAGE: Api[RemoveMonFromCephBackupStorageResult] = Api(
    "RemoveMonFromCephBackupStorage",
    "DELETE",
    "/backup-storage/ceph/{uuid}/mons",
    params=(
        ("uuid", "path", "0.6"),
        ("monHostnames", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "mon_hostnames", "system_tags", "user_tags"),
    required=("uuid", "monHostnames"),
    since="0.6",
    result=".models.remove_mon_from_ceph_backup_storage_result:RemoveMonFromCephBackupStorageResult",
    checks=(("monHostnames", "mon_hostnames", "minItems", 1),),
)

UPDATE_CEPH_BACKUP_STORAGE_MON: Api[UpdateCephBackupStorageMonResult] = Api(
    "UpdateCephBackupStorageMon",
    "PUT",
    "/backup-storage/ceph/mons/{monUuid}/actions",
    params=(
        ("monUuid", "path", "0.6"),
        ("hostname", "body", "0.6"),
        ("monPort", "body", "0.6"),
        ("sshPassword", "body", "0.6"),
        ("sshPort", "body", "0.6"),
        ("sshUsername", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "mon_uuid",
        "hostname",
        "mon_port",
        "ssh_password",
        "ssh_port",
        "ssh_username",
        "system_tags",
        "user_tags",
    ),
    required=("monUuid",),
    body_key="updateCephBackupStorageMon",
    since="0.6",
    result=".models.update_ceph_backup_storage_mon_result:UpdateCephBackupStorageMonResult",
    checks=(
        ("monUuid", "mon_uuid", "minLength", 1),
        ("hostname", "hostname", "maxLength", 255),
        ("monPort", "mon_port", "minimum", 1),
        ("monPort", "mon_port", "maximum", 65535),
        ("sshPassword", "ssh_password", "maxLength", 255),
        ("sshPort", "ssh_port", "minimum", 1),
        ("sshPort", "ssh_port", "maximum", 65535),
        ("sshUsername", "ssh_username", "maxLength", 255),
    ),
)


class BackupStorageCephApi(SyncNamespace):
    """backup-storage-ceph: 5 APIs (AddCephBackupStorage, AddMonToCephBackupStorage, QueryCephBackupStorage, ...)."""

    __slots__ = ()

    def add_ceph_backup_storage(
        self,
        *,
        mon_urls: Sequence[str],
        name: str,
        description: str | None = None,
        import_images: bool | None = None,
        pool_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """添加Ceph镜像服务器 (AddCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像服务器的详细描述 (since 0.6; maxLength 2048)
            import_images: 添加后是否导入镜像 (since 1.9)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: 镜像服务器名字 (since 0.6; maxLength 255)
            pool_name: 用于存放镜像的 Ceph pool 的名字 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 镜像服务器的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CEPH_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "monUrls": mon_urls,
                "name": name,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_mon_to_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器添加mon节点 (AddMonToCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_urls: mon节点名字列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MON_TO_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ceph_backup_storage(
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
    ) -> QueryCephBackupStorageResult:
        """查询Ceph镜像服务器 (QueryCephBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CEPH_BACKUP_STORAGE,
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

    def query_ceph_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[BackupStorageInventory]:
        """Every result of ``query_ceph_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_BACKUP_STORAGE,
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

    def remove_mon_from_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephBackupStorageResult:
        """Ceph镜像服务器删除mon节点 (RemoveMonFromCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_hostnames: mon节点名字列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_MON_FROM_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ceph_backup_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCephBackupStorageMonResult:
        """更新Ceph镜像服务器mon节点 (UpdateCephBackupStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6; minLength 1)
            hostname: mon节点新主机IP地址 (since 0.6; maxLength 255)
            mon_port: mon节点的端口 (since 0.6; minimum 1; maximum 65535)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6; maxLength 255)
            ssh_port: mon节点主机 ssh 端口 (since 0.6; minimum 1; maximum 65535)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CEPH_BACKUP_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncBackupStorageCephApi(AsyncNamespace):
    """backup-storage-ceph: 5 APIs (AddCephBackupStorage, AddMonToCephBackupStorage, QueryCephBackupStorage, ...). (asyncio)"""

    __slots__ = ()

    async def add_ceph_backup_storage(
        self,
        *,
        mon_urls: Sequence[str],
        name: str,
        description: str | None = None,
        import_images: bool | None = None,
        pool_name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCephBackupStorageResult:
        """添加Ceph镜像服务器 (AddCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 镜像服务器的详细描述 (since 0.6; maxLength 2048)
            import_images: 添加后是否导入镜像 (since 1.9)
            mon_urls: Ceph mon 的地址列表 (since 0.6)
            name: 镜像服务器名字 (since 0.6; maxLength 255)
            pool_name: 用于存放镜像的 Ceph pool 的名字 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，镜像服务器会使用该字段值作为UUID。 (since 0.6)
            tag_uuids: tagUuids
            type: 镜像服务器的类型，此处为 Ceph (since 0.6)
            url: 未使用 (since 0.6; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CEPH_BACKUP_STORAGE,
            {
                "description": description,
                "importImages": import_images,
                "monUrls": mon_urls,
                "name": name,
                "poolName": pool_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_mon_to_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_urls: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMonToCephBackupStorageResult:
        """Ceph镜像服务器添加mon节点 (AddMonToCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_urls: mon节点名字列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MON_TO_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monUrls": mon_urls,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ceph_backup_storage(
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
    ) -> QueryCephBackupStorageResult:
        """查询Ceph镜像服务器 (QueryCephBackupStorage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CEPH_BACKUP_STORAGE,
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

    def query_ceph_backup_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[BackupStorageInventory]:
        """Every result of ``query_ceph_backup_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CEPH_BACKUP_STORAGE,
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

    async def remove_mon_from_ceph_backup_storage(
        self,
        *,
        uuid: str,
        mon_hostnames: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMonFromCephBackupStorageResult:
        """Ceph镜像服务器删除mon节点 (RemoveMonFromCephBackupStorage).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: Ceph镜像服务器的UUID (since 0.6)
            mon_hostnames: mon节点名字列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_MON_FROM_CEPH_BACKUP_STORAGE,
            {
                "uuid": uuid,
                "monHostnames": mon_hostnames,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ceph_backup_storage_mon(
        self,
        *,
        mon_uuid: str,
        hostname: str | None = None,
        mon_port: int | None = None,
        ssh_password: str | None = None,
        ssh_port: int | None = None,
        ssh_username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCephBackupStorageMonResult:
        """更新Ceph镜像服务器mon节点 (UpdateCephBackupStorageMon).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mon_uuid: mon节点UUID (since 0.6; minLength 1)
            hostname: mon节点新主机IP地址 (since 0.6; maxLength 255)
            mon_port: mon节点的端口 (since 0.6; minimum 1; maximum 65535)
            ssh_password: mon节点主机 ssh 用户密码 (since 0.6; maxLength 255)
            ssh_port: mon节点主机 ssh 端口 (since 0.6; minimum 1; maximum 65535)
            ssh_username: mon节点主机 ssh 用户名 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CEPH_BACKUP_STORAGE_MON,
            {
                "monUuid": mon_uuid,
                "hostname": hostname,
                "monPort": mon_port,
                "sshPassword": ssh_password,
                "sshPort": ssh_port,
                "sshUsername": ssh_username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

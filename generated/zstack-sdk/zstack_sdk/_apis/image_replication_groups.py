"""``client.image_replication_groups``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_backup_storages_to_replication_group_result import (
        AddBackupStoragesToReplicationGroupResult,
    )
    from ..models.create_image_replication_group_result import CreateImageReplicationGroupResult
    from ..models.delete_image_replication_group_result import DeleteImageReplicationGroupResult
    from ..models.query_image_replication_group_result import QueryImageReplicationGroupResult

__all__ = ["AsyncImageReplicationGroupsApi", "ImageReplicationGroupsApi"]


ADD_BACKUP_STORAGES_TO_REPLICATION_GROUP: Api[AddBackupStoragesToReplicationGroupResult] = Api(
    "AddBackupStoragesToReplicationGroup",
    "POST",
    "/image-replication-groups/{replicationGroupUuid}",
    params=(
        ("replicationGroupUuid", "path", None),
        ("backupStorageUuids", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "replication_group_uuid",
        "backup_storage_uuids",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("replicationGroupUuid", "backupStorageUuids"),
    body_key="params",
    since=None,
    result=".models.add_backup_storages_to_replication_group_result:AddBackupStoragesToReplicationGroupResult",
    checks=(("backupStorageUuids", "backup_storage_uuids", "minItems", 1),),
)

CREATE_IMAGE_REPLICATION_GROUP: Api[CreateImageReplicationGroupResult] = Api(
    "CreateImageReplicationGroup",
    "POST",
    "/image-replication-groups",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_image_replication_group_result:CreateImageReplicationGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_IMAGE_REPLICATION_GROUP: Api[DeleteImageReplicationGroupResult] = Api(
    "DeleteImageReplicationGroup",
    "DELETE",
    "/image-replication-groups/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_image_replication_group_result:DeleteImageReplicationGroupResult",
)

QUERY_IMAGE_REPLICATION_GROUP: Api[QueryImageReplicationGroupResult] = Api(
    "QueryImageReplicationGroup",
    "GET",
    "/image-replication-groups",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_image_replication_group_result:QueryImageReplicationGroupResult",
    query=True,
)


class ImageReplicationGroupsApi(SyncNamespace):
    """image-replication-groups: 4 APIs (AddBackupStoragesToReplicationGroup, CreateImageReplicationGroup, DeleteImageReplicationGroup, ...)."""

    __slots__ = ()

    def add_backup_storages_to_replication_group(
        self,
        *,
        replication_group_uuid: str,
        backup_storage_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackupStoragesToReplicationGroupResult:
        """Add backup storages to replication group (AddBackupStoragesToReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddBackupStoragesToReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            replication_group_uuid: replicationGroupUuid
            backup_storage_uuids: backupStorageUuids (minItems 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BACKUP_STORAGES_TO_REPLICATION_GROUP,
            {
                "replicationGroupUuid": replication_group_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_image_replication_group(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateImageReplicationGroupResult:
        """Create image replication group (CreateImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateImageReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IMAGE_REPLICATION_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_image_replication_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImageReplicationGroupResult:
        """Delete image replication group (DeleteImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteImageReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IMAGE_REPLICATION_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_image_replication_group(
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
    ) -> QueryImageReplicationGroupResult:
        """Query image replication group (QueryImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryImageReplicationGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IMAGE_REPLICATION_GROUP,
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

    def query_image_replication_group_pages(
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
        """Every result of ``query_image_replication_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_REPLICATION_GROUP,
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


class AsyncImageReplicationGroupsApi(AsyncNamespace):
    """image-replication-groups: 4 APIs (AddBackupStoragesToReplicationGroup, CreateImageReplicationGroup, DeleteImageReplicationGroup, ...). (asyncio)"""

    __slots__ = ()

    async def add_backup_storages_to_replication_group(
        self,
        *,
        replication_group_uuid: str,
        backup_storage_uuids: Sequence[str],
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackupStoragesToReplicationGroupResult:
        """Add backup storages to replication group (AddBackupStoragesToReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddBackupStoragesToReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            replication_group_uuid: replicationGroupUuid
            backup_storage_uuids: backupStorageUuids (minItems 1)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BACKUP_STORAGES_TO_REPLICATION_GROUP,
            {
                "replicationGroupUuid": replication_group_uuid,
                "backupStorageUuids": backup_storage_uuids,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_image_replication_group(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateImageReplicationGroupResult:
        """Create image replication group (CreateImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateImageReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IMAGE_REPLICATION_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_image_replication_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteImageReplicationGroupResult:
        """Delete image replication group (DeleteImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteImageReplicationGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IMAGE_REPLICATION_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_image_replication_group(
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
    ) -> QueryImageReplicationGroupResult:
        """Query image replication group (QueryImageReplicationGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryImageReplicationGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IMAGE_REPLICATION_GROUP,
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

    def query_image_replication_group_pages(
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
        """Every result of ``query_image_replication_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IMAGE_REPLICATION_GROUP,
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

"""``client.externalbackup``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_z_box_backup_result import CreateZBoxBackupResult
    from ..models.delete_external_backup_result import DeleteExternalBackupResult
    from ..models.get_z_box_backup_details_result import GetZBoxBackupDetailsResult
    from ..models.query_external_backup_result import QueryExternalBackupResult
    from ..models.query_z_box_backup_result import QueryZBoxBackupResult

__all__ = ["AsyncExternalbackupApi", "ExternalbackupApi"]


CREATE_Z_BOX_BACKUP: Api[CreateZBoxBackupResult] = Api(
    "CreateZBoxBackup",
    "POST",
    "/externalbackup/zbox",
    params=(
        ("backupStorageUuids", "body", None),
        ("description", "body", None),
        ("dryRun", "body", None),
        ("hostUuids", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("zBoxUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "backup_storage_uuids",
        "description",
        "dry_run",
        "host_uuids",
        "name",
        "resource_uuid",
        "tag_uuids",
        "z_box_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "zBoxUuid"),
    body_key="params",
    since=None,
    result=".models.create_z_box_backup_result:CreateZBoxBackupResult",
)

DELETE_EXTERNAL_BACKUP: Api[DeleteExternalBackupResult] = Api(
    "DeleteExternalBackup",
    "DELETE",
    "/externalbackup/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_external_backup_result:DeleteExternalBackupResult",
)

GET_Z_BOX_BACKUP_DETAILS: Api[GetZBoxBackupDetailsResult] = Api(
    "GetZBoxBackupDetails",
    "GET",
    "/externalbackup/zbox/{uuid}/details",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_z_box_backup_details_result:GetZBoxBackupDetailsResult",
)

QUERY_EXTERNAL_BACKUP: Api[QueryExternalBackupResult] = Api(
    "QueryExternalBackup",
    "GET",
    "/externalbackup",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_external_backup_result:QueryExternalBackupResult",
    query=True,
)

QUERY_Z_BOX_BACKUP: Api[QueryZBoxBackupResult] = Api(
    "QueryZBoxBackup",
    "GET",
    "/externalbackup/zbox",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_z_box_backup_result:QueryZBoxBackupResult",
    query=True,
)


class ExternalbackupApi(SyncNamespace):
    """externalbackup: 5 APIs (CreateZBoxBackup, DeleteExternalBackup, GetZBoxBackupDetails, ...)."""

    __slots__ = ()

    def create_z_box_backup(
        self,
        *,
        name: str,
        z_box_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        description: str | None = None,
        dry_run: bool | None = None,
        host_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateZBoxBackupResult:
        """Create Z box backup (CreateZBoxBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateZBoxBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuids: backupStorageUuids
            description: description
            dry_run: dryRun
            host_uuids: hostUuids
            name: name
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            z_box_uuid: zBoxUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_Z_BOX_BACKUP,
            {
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "dryRun": dry_run,
                "hostUuids": host_uuids,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zBoxUuid": z_box_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_external_backup(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExternalBackupResult:
        """Delete external backup (DeleteExternalBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteExternalBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_EXTERNAL_BACKUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_z_box_backup_details(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZBoxBackupDetailsResult:
        """Get Z box backup details (GetZBoxBackupDetails).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetZBoxBackupDetailsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_Z_BOX_BACKUP_DETAILS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_external_backup(
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
    ) -> QueryExternalBackupResult:
        """Query external backup (QueryExternalBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryExternalBackupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EXTERNAL_BACKUP,
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

    def query_external_backup_pages(
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
        """Every result of ``query_external_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EXTERNAL_BACKUP,
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

    def query_z_box_backup(
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
    ) -> QueryZBoxBackupResult:
        """Query Z box backup (QueryZBoxBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryZBoxBackupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_Z_BOX_BACKUP,
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

    def query_z_box_backup_pages(
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
        """Every result of ``query_z_box_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_Z_BOX_BACKUP,
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


class AsyncExternalbackupApi(AsyncNamespace):
    """externalbackup: 5 APIs (CreateZBoxBackup, DeleteExternalBackup, GetZBoxBackupDetails, ...). (asyncio)"""

    __slots__ = ()

    async def create_z_box_backup(
        self,
        *,
        name: str,
        z_box_uuid: str,
        backup_storage_uuids: Sequence[str] | None = None,
        description: str | None = None,
        dry_run: bool | None = None,
        host_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateZBoxBackupResult:
        """Create Z box backup (CreateZBoxBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateZBoxBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            backup_storage_uuids: backupStorageUuids
            description: description
            dry_run: dryRun
            host_uuids: hostUuids
            name: name
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            z_box_uuid: zBoxUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_Z_BOX_BACKUP,
            {
                "backupStorageUuids": backup_storage_uuids,
                "description": description,
                "dryRun": dry_run,
                "hostUuids": host_uuids,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zBoxUuid": z_box_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_external_backup(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteExternalBackupResult:
        """Delete external backup (DeleteExternalBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteExternalBackupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_EXTERNAL_BACKUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_z_box_backup_details(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZBoxBackupDetailsResult:
        """Get Z box backup details (GetZBoxBackupDetails).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetZBoxBackupDetailsAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_Z_BOX_BACKUP_DETAILS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_external_backup(
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
    ) -> QueryExternalBackupResult:
        """Query external backup (QueryExternalBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryExternalBackupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EXTERNAL_BACKUP,
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

    def query_external_backup_pages(
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
        """Every result of ``query_external_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EXTERNAL_BACKUP,
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

    async def query_z_box_backup(
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
    ) -> QueryZBoxBackupResult:
        """Query Z box backup (QueryZBoxBackup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryZBoxBackupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_Z_BOX_BACKUP,
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

    def query_z_box_backup_pages(
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
        """Every result of ``query_z_box_backup``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_Z_BOX_BACKUP,
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

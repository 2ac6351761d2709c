"""``client.aliyun``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_aliyun_pangu_partition_result import AddAliyunPanguPartitionResult
    from ..models.delete_aliyun_pangu_partition_result import DeleteAliyunPanguPartitionResult
    from ..models.query_aliyun_pangu_partition_result import QueryAliyunPanguPartitionResult
    from ..models.update_aliyun_pangu_partition_result import UpdateAliyunPanguPartitionResult

__all__ = ["AliyunApi", "AsyncAliyunApi"]


ADD_ALIYUN_PANGU_PARTITION: Api[AddAliyunPanguPartitionResult] = Api(
    "AddAliyunPanguPartition",
    "POST",
    "/aliyun/pangu",
    params=(
        ("appName", "body", None),
        ("description", "body", None),
        ("identityZoneUuid", "body", None),
        ("name", "body", None),
        ("partitionName", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "app_name",
        "description",
        "identity_zone_uuid",
        "name",
        "partition_name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("appName", "identityZoneUuid", "name", "partitionName"),
    body_key="params",
    since=None,
    result=".models.add_aliyun_pangu_partition_result:AddAliyunPanguPartitionResult",
    checks=(
        ("appName", "app_name", "maxLength", 255),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("partitionName", "partition_name", "maxLength", 255),
    ),
)

DELETE_ALIYUN_PANGU_PARTITION: Api[DeleteAliyunPanguPartitionResult] = Api(
    "DeleteAliyunPanguPartition",
    "DELETE",
    "/aliyun/pangu/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_pangu_partition_result:DeleteAliyunPanguPartitionResult",
)

QUERY_ALIYUN_PANGU_PARTITION: Api[QueryAliyunPanguPartitionResult] = Api(
    "QueryAliyunPanguPartition",
    "GET",
    "/aliyun/pangu",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_pangu_partition_result:QueryAliyunPanguPartitionResult",
    query=True,
)

UPDATE_ALIYUN_PANGU_PARTITION: Api[UpdateAliyunPanguPartitionResult] = Api(
    "UpdateAliyunPanguPartition",
    "PUT",
    "/aliyun/pangu/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("appName", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("partitionName", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "app_name", "description", "name", "partition_name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunPanguPartition",
    since=None,
    result=".models.update_aliyun_pangu_partition_result:UpdateAliyunPanguPartitionResult",
    checks=(
        ("appName", "app_name", "maxLength", 255),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("partitionName", "partition_name", "maxLength", 255),
    ),
)


class AliyunApi(SyncNamespace):
    """aliyun: 4 APIs (AddAliyunPanguPartition, DeleteAliyunPanguPartition, QueryAliyunPanguPartition, ...)."""

    __slots__ = ()

    def add_aliyun_pangu_partition(
        self,
        *,
        app_name: str,
        identity_zone_uuid: str,
        name: str,
        partition_name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunPanguPartitionResult:
        """Add aliyun pangu partition (AddAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_name: appName (maxLength 255)
            description: description (maxLength 2048)
            identity_zone_uuid: identityZoneUuid
            name: name (maxLength 255)
            partition_name: partitionName (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_PANGU_PARTITION,
            {
                "appName": app_name,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "partitionName": partition_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_pangu_partition(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunPanguPartitionResult:
        """Delete aliyun pangu partition (DeleteAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_PANGU_PARTITION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_aliyun_pangu_partition(
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
    ) -> QueryAliyunPanguPartitionResult:
        """Query aliyun pangu partition (QueryAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunPanguPartitionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_PANGU_PARTITION,
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

    def query_aliyun_pangu_partition_pages(
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
        """Every result of ``query_aliyun_pangu_partition``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PANGU_PARTITION,
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

    def update_aliyun_pangu_partition(
        self,
        *,
        uuid: str,
        app_name: str | None = None,
        description: str | None = None,
        name: str | None = None,
        partition_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunPanguPartitionResult:
        """Update aliyun pangu partition (UpdateAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            app_name: appName (maxLength 255)
            description: description (maxLength 2048)
            name: name (maxLength 255)
            partition_name: partitionName (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_PANGU_PARTITION,
            {
                "uuid": uuid,
                "appName": app_name,
                "description": description,
                "name": name,
                "partitionName": partition_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAliyunApi(AsyncNamespace):
    """aliyun: 4 APIs (AddAliyunPanguPartition, DeleteAliyunPanguPartition, QueryAliyunPanguPartition, ...). (asyncio)"""

    __slots__ = ()

    async def add_aliyun_pangu_partition(
        self,
        *,
        app_name: str,
        identity_zone_uuid: str,
        name: str,
        partition_name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunPanguPartitionResult:
        """Add aliyun pangu partition (AddAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_name: appName (maxLength 255)
            description: description (maxLength 2048)
            identity_zone_uuid: identityZoneUuid
            name: name (maxLength 255)
            partition_name: partitionName (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_PANGU_PARTITION,
            {
                "appName": app_name,
                "description": description,
                "identityZoneUuid": identity_zone_uuid,
                "name": name,
                "partitionName": partition_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_pangu_partition(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunPanguPartitionResult:
        """Delete aliyun pangu partition (DeleteAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_PANGU_PARTITION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_aliyun_pangu_partition(
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
    ) -> QueryAliyunPanguPartitionResult:
        """Query aliyun pangu partition (QueryAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunPanguPartitionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_PANGU_PARTITION,
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

    def query_aliyun_pangu_partition_pages(
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
        """Every result of ``query_aliyun_pangu_partition``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_PANGU_PARTITION,
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

    async def update_aliyun_pangu_partition(
        self,
        *,
        uuid: str,
        app_name: str | None = None,
        description: str | None = None,
        name: str | None = None,
        partition_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunPanguPartitionResult:
        """Update aliyun pangu partition (UpdateAliyunPanguPartition).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunPanguPartitionAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            app_name: appName (maxLength 255)
            description: description (maxLength 2048)
            name: name (maxLength 255)
            partition_name: partitionName (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_PANGU_PARTITION,
            {
                "uuid": uuid,
                "appName": app_name,
                "description": description,
                "name": name,
                "partitionName": partition_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

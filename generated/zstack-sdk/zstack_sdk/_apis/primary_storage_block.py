"""``client.primary_storage_block``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_block_primary_storage_result import AddBlockPrimaryStorageResult
    from ..models.get_block_primary_storage_metadata_result import (
        GetBlockPrimaryStorageMetadataResult,
    )
    from ..models.query_block_primary_storage_result import QueryBlockPrimaryStorageResult
    from ..models.update_block_primary_storage_result import UpdateBlockPrimaryStorageResult

__all__ = ["AsyncPrimaryStorageBlockApi", "PrimaryStorageBlockApi"]


ADD_BLOCK_PRIMARY_STORAGE: Api[AddBlockPrimaryStorageResult] = Api(
    "AddBlockPrimaryStorage",
    "POST",
    "/primary-storage/block",
    params=(
        ("description", "body", "4.6.0"),
        ("metadata", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("type", "body", "4.6.0"),
        ("url", "body", "4.6.0"),
        ("vendorName", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "description",
        "metadata",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "vendor_name",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("metadata", "name", "url", "vendorName", "zoneUuid"),
    body_key="param",
    since="4.6.0",
    result=".models.add_block_primary_storage_result:AddBlockPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

GET_BLOCK_PRIMARY_STORAGE_METADATA: Api[GetBlockPrimaryStorageMetadataResult] = Api(
    "GetBlockPrimaryStorageMetadata",
    "POST",
    "/primary-storage/block/metadata",
    params=(
        ("metadata", "body", "4.6.0"),
        ("vendorName", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("metadata", "vendor_name", "system_tags", "user_tags"),
    required=("metadata", "vendorName"),
    body_key="param",
    since="4.6.0",
    result=".models.get_block_primary_storage_metadata_result:GetBlockPrimaryStorageMetadataResult",
)

QUERY_BLOCK_PRIMARY_STORAGE: Api[QueryBlockPrimaryStorageResult] = Api(
    "QueryBlockPrimaryStorage",
    "GET",
    "/primary-storage/block",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.6.0",
    result=".models.query_block_primary_storage_result:QueryBlockPrimaryStorageResult",
    query=True,
    alt_paths=("/primary-storage/block/{uuid}",),
)

UPDATE_BLOCK_PRIMARY_STORAGE: Api[UpdateBlockPrimaryStorageResult] = Api(
    "UpdateBlockPrimaryStorage",
    "PUT",
    "/primary-storage/block/{uuid}/actions",
    params=(
        ("uuid", "path", "4.8.0"),
        ("metadata", "body", "4.8..0"),
        ("vendorName", "body", "4.8.0"),
        ("systemTags", "root", "4.8.0"),
        ("userTags", "root", "4.8.0"),
    ),
    names=("uuid", "metadata", "vendor_name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateBlockPrimaryStorage",
    since="4.8.0",
    result=".models.update_block_primary_storage_result:UpdateBlockPrimaryStorageResult",
)


class PrimaryStorageBlockApi(SyncNamespace):
    """primary-storage-block: 4 APIs (AddBlockPrimaryStorage, GetBlockPrimaryStorageMetadata, QueryBlockPrimaryStorage, ...)."""

    __slots__ = ()

    def add_block_primary_storage(
        self,
        *,
        metadata: str,
        name: str,
        url: str,
        vendor_name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """添加Block主存储 (AddBlockPrimaryStorage).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: Block主存储的详细描述 (since 4.6.0; maxLength 2048)
            metadata: 存储的元数据 (since 4.6.0)
            name: Block主存储的名称 (since 4.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: 主存储的类型，此处为Block (since 4.6.0)
            url: 未使用 (since 4.6.0; maxLength 2048)
            vendor_name: 存储厂商名称 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BLOCK_PRIMARY_STORAGE,
            {
                "description": description,
                "metadata": metadata,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vendorName": vendor_name,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_block_primary_storage_metadata(
        self,
        *,
        metadata: str,
        vendor_name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBlockPrimaryStorageMetadataResult:
        """获取Block存储的元数据 (GetBlockPrimaryStorageMetadata).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.6.0)
            vendor_name: Block存储厂商名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_BLOCK_PRIMARY_STORAGE_METADATA,
            {
                "metadata": metadata,
                "vendorName": vendor_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_block_primary_storage(
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
    ) -> QueryBlockPrimaryStorageResult:
        """查询Block主存储 (QueryBlockPrimaryStorage).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    def query_block_primary_storage_pages(
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
        """Every result of ``query_block_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    def update_block_primary_storage(
        self,
        *,
        uuid: str,
        metadata: str | None = None,
        vendor_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockPrimaryStorageResult:
        """更新Block主存储 (UpdateBlockPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.8..0)
            vendor_name: Block存储厂商名称 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_BLOCK_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "metadata": metadata,
                "vendorName": vendor_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPrimaryStorageBlockApi(AsyncNamespace):
    """primary-storage-block: 4 APIs (AddBlockPrimaryStorage, GetBlockPrimaryStorageMetadata, QueryBlockPrimaryStorage, ...). (asyncio)"""

    __slots__ = ()

    async def add_block_primary_storage(
        self,
        *,
        metadata: str,
        name: str,
        url: str,
        vendor_name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBlockPrimaryStorageResult:
        """添加Block主存储 (AddBlockPrimaryStorage).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: Block主存储的详细描述 (since 4.6.0; maxLength 2048)
            metadata: 存储的元数据 (since 4.6.0)
            name: Block主存储的名称 (since 4.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: 主存储的类型，此处为Block (since 4.6.0)
            url: 未使用 (since 4.6.0; maxLength 2048)
            vendor_name: 存储厂商名称 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BLOCK_PRIMARY_STORAGE,
            {
                "description": description,
                "metadata": metadata,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "vendorName": vendor_name,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_block_primary_storage_metadata(
        self,
        *,
        metadata: str,
        vendor_name: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetBlockPrimaryStorageMetadataResult:
        """获取Block存储的元数据 (GetBlockPrimaryStorageMetadata).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.6.0)
            vendor_name: Block存储厂商名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_BLOCK_PRIMARY_STORAGE_METADATA,
            {
                "metadata": metadata,
                "vendorName": vendor_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_block_primary_storage(
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
    ) -> QueryBlockPrimaryStorageResult:
        """查询Block主存储 (QueryBlockPrimaryStorage).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    def query_block_primary_storage_pages(
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
        """Every result of ``query_block_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_BLOCK_PRIMARY_STORAGE,
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

    async def update_block_primary_storage(
        self,
        *,
        uuid: str,
        metadata: str | None = None,
        vendor_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateBlockPrimaryStorageResult:
        """更新Block主存储 (UpdateBlockPrimaryStorage).

        Since ZStack 4.8.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.8.0)
            metadata: 存储元数据（ip，port，用户名、密码） (since 4.8..0)
            vendor_name: Block存储厂商名称 (since 4.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_BLOCK_PRIMARY_STORAGE,
            {
                "uuid": uuid,
                "metadata": metadata,
                "vendorName": vendor_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

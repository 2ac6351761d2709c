"""``client.primary_storage_sharedblockgroup``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_shared_block_group_primary_storage_result import (
        AddSharedBlockGroupPrimaryStorageResult,
    )
    from ..models.add_shared_block_to_shared_block_group_result import (
        AddSharedBlockToSharedBlockGroupResult,
    )
    from ..models.get_shared_block_candidate_result import GetSharedBlockCandidateResult
    from ..models.query_shared_block_group_primary_storage_host_ref_result import (
        QuerySharedBlockGroupPrimaryStorageHostRefResult,
    )
    from ..models.query_shared_block_group_primary_storage_result import (
        QuerySharedBlockGroupPrimaryStorageResult,
    )
    from ..models.query_shared_block_result import QuerySharedBlockResult
    from ..models.refresh_sharedblock_device_capacity_result import (
        RefreshSharedblockDeviceCapacityResult,
    )
    from ..models.shared_block_group_primary_storage_host_ref_inventory import (
        SharedBlockGroupPrimaryStorageHostRefInventory,
    )
    from ..models.shared_block_group_primary_storage_inventory import (
        SharedBlockGroupPrimaryStorageInventory,
    )
    from ..models.shared_block_inventory import SharedBlockInventory

__all__ = ["AsyncPrimaryStorageSharedblockgroupApi", "PrimaryStorageSharedblockgroupApi"]


ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE: Api[AddSharedBlockGroupPrimaryStorageResult] = Api(
    "AddSharedBlockGroupPrimaryStorage",
    "POST",
    "/primary-storage/sharedblockgroup",
    params=(
        ("description", "body", "2.3.2"),
        ("diskUuids", "body", "2.3.2"),
        ("name", "body", "2.3.2"),
        ("resourceUuid", "body", "2.3.2"),
        ("tagUuids", "body", None),
        ("type", "body", "2.3.2"),
        ("url", "body", "2.3.2"),
        ("zoneUuid", "body", "2.3.2"),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    names=(
        "description",
        "disk_uuids",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("diskUuids", "name", "zoneUuid"),
    body_key="params",
    since="2.3.2",
    result=".models.add_shared_block_group_primary_storage_result:AddSharedBlockGroupPrimaryStorageResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP: Api[AddSharedBlockToSharedBlockGroupResult] = Api(
    "AddSharedBlockToSharedBlockGroup",
    "POST",
    "/primary-storage/sharedblockgroup/{uuid}/sharedblocks",
    params=(
        ("uuid", "path", "2.3.2"),
        ("diskUuid", "body", "2.3.2"),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    names=("uuid", "disk_uuid", "system_tags", "user_tags"),
    required=("uuid", "diskUuid"),
    body_key="params",
    since="2.3.2",
    result=".models.add_shared_block_to_shared_block_group_result:AddSharedBlockToSharedBlockGroupResult",
)

GET_SHARED_BLOCK_CANDIDATE: Api[GetSharedBlockCandidateResult] = Api(
    "GetSharedBlockCandidate",
    "GET",
    "/primary-storage/sharedblockgroup/sharedblock-candidates",
    params=(
        ("clusterUuid", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("cluster_uuid", "system_tags", "user_tags"),
    required=("clusterUuid",),
    since="2.6.0",
    result=".models.get_shared_block_candidate_result:GetSharedBlockCandidateResult",
)

QUERY_SHARED_BLOCK: Api[QuerySharedBlockResult] = Api(
    "QuerySharedBlock",
    "GET",
    "/sharedblock-group/sharedblocks",
    params=(
        ("uuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3.2",
    result=".models.query_shared_block_result:QuerySharedBlockResult",
    query=True,
    alt_paths=("/sharedblock-group", "/sharedblock-group/sharedblock/{uuid}"),
)

QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE: Api[QuerySharedBlockGroupPrimaryStorageResult] = Api(
    "QuerySharedBlockGroupPrimaryStorage",
    "GET",
    "/primary-storage/sharedblockgroup",
    params=(
        ("uuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3.2",
    result=".models.query_shared_block_group_primary_storage_result:QuerySharedBlockGroupPrimaryStorageResult",
    query=True,
    alt_paths=("/primary-storage/sharedblockgroup/{uuid}",),
)

QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF: Api[
    QuerySharedBlockGroupPrimaryStorageHostRefResult
] = Api(
    "QuerySharedBlockGroupPrimaryStorageHostRef",
    "GET",
    "/sharedblock-group/host-refs",
    params=(
        ("primaryStorageUuid", "path", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    names=("primary_storage_uuid", "system_tags", "user_tags"),
    since="2.3.2",
    result=".models.query_shared_block_group_primary_storage_host_ref_result:QuerySharedBlockGroupPrimaryStorageHostRefResult",
    query=True,
    alt_paths=("/sharedblock-group/{primaryStorageUuid}/host-refs",),
)

REFRESH_SHAREDBLOCK_DEVICE_CAPACITY: Api[RefreshSharedblockDeviceCapacityResult] = Api(
    "RefreshSharedblockDeviceCapacity",
    "POST",
    "/primary-storage/sharedblockgroup/{sharedBlockGroupUuid}/sharedblocks/{uuid}",
    params=(
        ("sharedBlockGroupUuid", "path", "2.6.0"),
        ("uuid", "path", "2.6.0"),
        ("systemTags", "root", "2.6.0"),
        ("userTags", "root", "2.6.0"),
    ),
    names=("shared_block_group_uuid", "uuid", "system_tags", "user_tags"),
    required=("sharedBlockGroupUuid", "uuid"),
    body_key="params",
    since="2.6.0",
    result=".models.refresh_sharedblock_device_capacity_result:RefreshSharedblockDeviceCapacityResult",
)


class PrimaryStorageSharedblockgroupApi(SyncNamespace):
    """primary-storage-sharedblockgroup: 7 APIs (AddSharedBlockGroupPrimaryStorage, AddSharedBlockToSharedBlockGroup, GetSharedBlockCandidate, ...)."""

    __slots__ = ()

    def add_shared_block_group_primary_storage(
        self,
        *,
        disk_uuids: Sequence[str],
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockGroupPrimaryStorageResult:
        """添加Shared Block主存储 (AddSharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            disk_uuids: 磁盘唯一表示（例如UUID, WWN, WWID） (since 2.3.2)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            type: 主存储类型，此处为 SharedBlock (since 2.3.2)
            url: 未使用 (since 2.3.2; maxLength 2048)
            zone_uuid: 区域UUID (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "description": description,
                "diskUuids": disk_uuids,
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

    def add_shared_block_to_shared_block_group(
        self,
        *,
        uuid: str,
        disk_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockToSharedBlockGroupResult:
        """添加LUN到Shared Block主存储 (AddSharedBlockToSharedBlockGroup).

        添加共享块设备到Shared Block主存储。

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储UUID (since 2.3.2)
            disk_uuid: 磁盘维一标示（例如UUID, WWN, WWID） (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP,
            {
                "uuid": uuid,
                "diskUuid": disk_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_shared_block_candidate(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSharedBlockCandidateResult:
        """获取共享块设备候选清单 (GetSharedBlockCandidate).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SHARED_BLOCK_CANDIDATE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_shared_block(
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
    ) -> QuerySharedBlockResult:
        """查询共享块设备 (QuerySharedBlock).

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK,
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

    def query_shared_block_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockInventory]:
        """Every result of ``query_shared_block``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK,
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

    def query_shared_block_group_primary_storage(
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
    ) -> QuerySharedBlockGroupPrimaryStorageResult:
        """查询Shared Block主存储 (QuerySharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    def query_shared_block_group_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockGroupPrimaryStorageInventory]:
        """Every result of ``query_shared_block_group_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    def query_shared_block_group_primary_storage_host_ref(
        self,
        *,
        primary_storage_uuid: str | None = None,
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
    ) -> QuerySharedBlockGroupPrimaryStorageHostRefResult:
        """查询连接状态 (QuerySharedBlockGroupPrimaryStorageHostRef).

        查询SharedBlock主存储物理机连接状态。

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: primaryStorageUuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "primaryStorageUuid": primary_storage_uuid,
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

    def query_shared_block_group_primary_storage_host_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedBlockGroupPrimaryStorageHostRefInventory]:
        """Every result of ``query_shared_block_group_primary_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
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

    def refresh_sharedblock_device_capacity(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSharedblockDeviceCapacityResult:
        """刷新共享块设备容量 (RefreshSharedblockDeviceCapacity).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            shared_block_group_uuid: 共享块存储UUID (since 2.6.0)
            uuid: 共享块设备UUID，如为空则更新共享块存储下所有设备 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_SHAREDBLOCK_DEVICE_CAPACITY,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPrimaryStorageSharedblockgroupApi(AsyncNamespace):
    """primary-storage-sharedblockgroup: 7 APIs (AddSharedBlockGroupPrimaryStorage, AddSharedBlockToSharedBlockGroup, GetSharedBlockCandidate, ...). (asyncio)"""

    __slots__ = ()

    async def add_shared_block_group_primary_storage(
        self,
        *,
        disk_uuids: Sequence[str],
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockGroupPrimaryStorageResult:
        """添加Shared Block主存储 (AddSharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            disk_uuids: 磁盘唯一表示（例如UUID, WWN, WWID） (since 2.3.2)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            type: 主存储类型，此处为 SharedBlock (since 2.3.2)
            url: 未使用 (since 2.3.2; maxLength 2048)
            zone_uuid: 区域UUID (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
            {
                "description": description,
                "diskUuids": disk_uuids,
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

    async def add_shared_block_to_shared_block_group(
        self,
        *,
        uuid: str,
        disk_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSharedBlockToSharedBlockGroupResult:
        """添加LUN到Shared Block主存储 (AddSharedBlockToSharedBlockGroup).

        添加共享块设备到Shared Block主存储。

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 主存储UUID (since 2.3.2)
            disk_uuid: 磁盘维一标示（例如UUID, WWN, WWID） (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SHARED_BLOCK_TO_SHARED_BLOCK_GROUP,
            {
                "uuid": uuid,
                "diskUuid": disk_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_shared_block_candidate(
        self,
        *,
        cluster_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSharedBlockCandidateResult:
        """获取共享块设备候选清单 (GetSharedBlockCandidate).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuid: 集群UUID (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SHARED_BLOCK_CANDIDATE,
            {
                "clusterUuid": cluster_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_shared_block(
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
    ) -> QuerySharedBlockResult:
        """查询共享块设备 (QuerySharedBlock).

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK,
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

    def query_shared_block_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockInventory]:
        """Every result of ``query_shared_block``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK,
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

    async def query_shared_block_group_primary_storage(
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
    ) -> QuerySharedBlockGroupPrimaryStorageResult:
        """查询Shared Block主存储 (QuerySharedBlockGroupPrimaryStorage).

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    def query_shared_block_group_primary_storage_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockGroupPrimaryStorageInventory]:
        """Every result of ``query_shared_block_group_primary_storage``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE,
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

    async def query_shared_block_group_primary_storage_host_ref(
        self,
        *,
        primary_storage_uuid: str | None = None,
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
    ) -> QuerySharedBlockGroupPrimaryStorageHostRefResult:
        """查询连接状态 (QuerySharedBlockGroupPrimaryStorageHostRef).

        查询SharedBlock主存储物理机连接状态。

        Since ZStack 2.3.2. Synchronous (a 202 is still followed).

        Args:
            primary_storage_uuid: primaryStorageUuid (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
            {
                "primaryStorageUuid": primary_storage_uuid,
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

    def query_shared_block_group_primary_storage_host_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedBlockGroupPrimaryStorageHostRefInventory]:
        """Every result of ``query_shared_block_group_primary_storage_host_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_BLOCK_GROUP_PRIMARY_STORAGE_HOST_REF,
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

    async def refresh_sharedblock_device_capacity(
        self,
        *,
        shared_block_group_uuid: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshSharedblockDeviceCapacityResult:
        """刷新共享块设备容量 (RefreshSharedblockDeviceCapacity).

        Since ZStack 2.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            shared_block_group_uuid: 共享块存储UUID (since 2.6.0)
            uuid: 共享块设备UUID，如为空则更新共享块存储下所有设备 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_SHAREDBLOCK_DEVICE_CAPACITY,
            {
                "sharedBlockGroupUuid": shared_block_group_uuid,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.disk_offerings``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_disk_offering_state_result import ChangeDiskOfferingStateResult
    from ..models.create_disk_offering_result import CreateDiskOfferingResult
    from ..models.delete_disk_offering_result import DeleteDiskOfferingResult
    from ..models.disk_offering_inventory import DiskOfferingInventory
    from ..models.query_disk_offering_result import QueryDiskOfferingResult
    from ..models.update_disk_offering_result import UpdateDiskOfferingResult

__all__ = ["AsyncDiskOfferingsApi", "DiskOfferingsApi"]


CHANGE_DISK_OFFERING_STATE: Api[ChangeDiskOfferingStateResult] = Api(
    "ChangeDiskOfferingState",
    "PUT",
    "/disk-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeDiskOfferingState",
    since="0.6",
    result=".models.change_disk_offering_state_result:ChangeDiskOfferingStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_DISK_OFFERING: Api[CreateDiskOfferingResult] = Api(
    "CreateDiskOffering",
    "POST",
    "/disk-offerings",
    params=(
        ("allocationStrategy", "body", "4.6.21"),
        ("description", "body", "0.6"),
        ("diskSize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "allocation_strategy",
        "description",
        "disk_size",
        "name",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("diskSize", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_disk_offering_result:CreateDiskOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("diskSize", "disk_size", "minimum", 1),
        ("diskSize", "disk_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("zstack",)),
    ),
)

DELETE_DISK_OFFERING: Api[DeleteDiskOfferingResult] = Api(
    "DeleteDiskOffering",
    "DELETE",
    "/disk-offerings/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_disk_offering_result:DeleteDiskOfferingResult",
)

QUERY_DISK_OFFERING: Api[QueryDiskOfferingResult] = Api(
    "QueryDiskOffering",
    "GET",
    "/disk-offerings",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_disk_offering_result:QueryDiskOfferingResult",
    query=True,
    alt_paths=("/disk-offerings/{uuid}",),
)

UPDATE_DISK_OFFERING: Api[UpdateDiskOfferingResult] = Api(
    "UpdateDiskOffering",
    "PUT",
    "/disk-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateDiskOffering",
    since="0.6",
    result=".models.update_disk_offering_result:UpdateDiskOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class DiskOfferingsApi(SyncNamespace):
    """disk-offerings: 5 APIs (ChangeDiskOfferingState, CreateDiskOffering, DeleteDiskOffering, ...)."""

    __slots__ = ()

    def change_disk_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeDiskOfferingStateResult:
        """更改云盘规格的启用状态 (ChangeDiskOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_DISK_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_disk_offering(
        self,
        *,
        disk_size: int,
        name: str,
        allocation_strategy: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDiskOfferingResult:
        """创建云盘规格 (CreateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocation_strategy: 分配策略 (since 4.6.21)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            disk_size: 云盘大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序key (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_DISK_OFFERING,
            {
                "allocationStrategy": allocation_strategy,
                "description": description,
                "diskSize": disk_size,
                "name": name,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_disk_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDiskOfferingResult:
        """删除云盘规格 (DeleteDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_DISK_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_disk_offering(
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
    ) -> QueryDiskOfferingResult:
        """查询云盘规格 (QueryDiskOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_DISK_OFFERING,
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

    def query_disk_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[DiskOfferingInventory]:
        """Every result of ``query_disk_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DISK_OFFERING,
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

    def update_disk_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDiskOfferingResult:
        """更新云盘规格 (UpdateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_DISK_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncDiskOfferingsApi(AsyncNamespace):
    """disk-offerings: 5 APIs (ChangeDiskOfferingState, CreateDiskOffering, DeleteDiskOffering, ...). (asyncio)"""

    __slots__ = ()

    async def change_disk_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeDiskOfferingStateResult:
        """更改云盘规格的启用状态 (ChangeDiskOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_DISK_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_disk_offering(
        self,
        *,
        disk_size: int,
        name: str,
        allocation_strategy: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateDiskOfferingResult:
        """创建云盘规格 (CreateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocation_strategy: 分配策略 (since 4.6.21)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            disk_size: 云盘大小 (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序key (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_DISK_OFFERING,
            {
                "allocationStrategy": allocation_strategy,
                "description": description,
                "diskSize": disk_size,
                "name": name,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_disk_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteDiskOfferingResult:
        """删除云盘规格 (DeleteDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_DISK_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_disk_offering(
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
    ) -> QueryDiskOfferingResult:
        """查询云盘规格 (QueryDiskOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_DISK_OFFERING,
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

    def query_disk_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[DiskOfferingInventory]:
        """Every result of ``query_disk_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_DISK_OFFERING,
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

    async def update_disk_offering(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateDiskOfferingResult:
        """更新云盘规格 (UpdateDiskOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_DISK_OFFERING,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

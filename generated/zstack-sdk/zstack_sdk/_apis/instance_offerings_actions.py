"""``client.instance_offerings_actions``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_instance_offering_result import ChangeInstanceOfferingResult
    from ..models.change_instance_offering_state_result import ChangeInstanceOfferingStateResult
    from ..models.create_instance_offering_result import CreateInstanceOfferingResult
    from ..models.delete_instance_offering_result import DeleteInstanceOfferingResult
    from ..models.instance_offering_inventory import InstanceOfferingInventory
    from ..models.query_instance_offering_result import QueryInstanceOfferingResult
    from ..models.update_instance_offering_result import UpdateInstanceOfferingResult

__all__ = ["AsyncInstanceOfferingsActionsApi", "InstanceOfferingsActionsApi"]


CHANGE_INSTANCE_OFFERING: Api[ChangeInstanceOfferingResult] = Api(
    "ChangeInstanceOffering",
    "PUT",
    "/vm-instances/{vmInstanceUuid}/actions",
    params=(
        ("vmInstanceUuid", "path", "0.6"),
        ("instanceOfferingUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("vm_instance_uuid", "instance_offering_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid", "instanceOfferingUuid"),
    body_key="changeInstanceOffering",
    since="0.6",
    result=".models.change_instance_offering_result:ChangeInstanceOfferingResult",
)

CHANGE_INSTANCE_OFFERING_STATE: Api[ChangeInstanceOfferingStateResult] = Api(
    "ChangeInstanceOfferingState",
    "PUT",
    "/instance-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeInstanceOfferingState",
    since="0.6",
    result=".models.change_instance_offering_state_result:ChangeInstanceOfferingStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_INSTANCE_OFFERING: Api[CreateInstanceOfferingResult] = Api(
    "CreateInstanceOffering",
    "POST",
    "/instance-offerings",
    params=(
        ("allocatorStrategy", "body", "0.6"),
        ("cpuNum", "body", "0.6"),
        ("description", "body", "0.6"),
        ("memorySize", "body", "0.6"),
        ("name", "body", "0.6"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "0.6"),
        ("sortKey", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "allocator_strategy",
        "cpu_num",
        "description",
        "memory_size",
        "name",
        "reserved_memory_size",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "memorySize", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_instance_offering_result:CreateInstanceOfferingResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
    ),
)

DELETE_INSTANCE_OFFERING: Api[DeleteInstanceOfferingResult] = Api(
    "DeleteInstanceOffering",
    "DELETE",
    "/instance-offerings/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_instance_offering_result:DeleteInstanceOfferingResult",
)

QUERY_INSTANCE_OFFERING: Api[QueryInstanceOfferingResult] = Api(
    "QueryInstanceOffering",
    "GET",
    "/instance-offerings",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_instance_offering_result:QueryInstanceOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/{uuid}",),
)

UPDATE_INSTANCE_OFFERING: Api[UpdateInstanceOfferingResult] = Api(
    "UpdateInstanceOffering",
    "PUT",
    "/instance-offerings/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("allocatorStrategy", "body", "2.3.1"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "allocator_strategy", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateInstanceOffering",
    since="0.6",
    result=".models.update_instance_offering_result:UpdateInstanceOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class InstanceOfferingsActionsApi(SyncNamespace):
    """instance-offerings-actions: 6 APIs (ChangeInstanceOffering, ChangeInstanceOfferingState, CreateInstanceOffering, ...)."""

    __slots__ = ()

    def change_instance_offering(
        self,
        *,
        vm_instance_uuid: str,
        instance_offering_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingResult:
        """更改云主机规格 (ChangeInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            instance_offering_uuid: 计算规格UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_INSTANCE_OFFERING,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_instance_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingStateResult:
        """更改云主机规格的启用状态 (ChangeInstanceOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_INSTANCE_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_instance_offering(
        self,
        *,
        cpu_num: int,
        memory_size: int,
        name: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateInstanceOfferingResult:
        """创建云主机规格 (CreateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数目 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            memory_size: 内存大小, 单位Byte (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_INSTANCE_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_instance_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteInstanceOfferingResult:
        """删除云主机规格 (DeleteInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_instance_offering(
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
    ) -> QueryInstanceOfferingResult:
        """查询云主机规格 (QueryInstanceOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_INSTANCE_OFFERING,
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

    def query_instance_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[InstanceOfferingInventory]:
        """Every result of ``query_instance_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_INSTANCE_OFFERING,
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

    def update_instance_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInstanceOfferingResult:
        """更新云主机规格 (UpdateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3.1)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncInstanceOfferingsActionsApi(AsyncNamespace):
    """instance-offerings-actions: 6 APIs (ChangeInstanceOffering, ChangeInstanceOfferingState, CreateInstanceOffering, ...). (asyncio)"""

    __slots__ = ()

    async def change_instance_offering(
        self,
        *,
        vm_instance_uuid: str,
        instance_offering_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingResult:
        """更改云主机规格 (ChangeInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            instance_offering_uuid: 计算规格UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_INSTANCE_OFFERING,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "instanceOfferingUuid": instance_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_instance_offering_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeInstanceOfferingStateResult:
        """更改云主机规格的启用状态 (ChangeInstanceOfferingState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_INSTANCE_OFFERING_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_instance_offering(
        self,
        *,
        cpu_num: int,
        memory_size: int,
        name: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateInstanceOfferingResult:
        """创建云主机规格 (CreateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: 分配策略 (since 0.6)
            cpu_num: CPU数目 (since 0.6; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            memory_size: 内存大小, 单位Byte (since 0.6; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 0.6; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 0.6)
            sort_key: 排序键 (since 0.6)
            tag_uuids: tagUuids
            type: 类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_INSTANCE_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_instance_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteInstanceOfferingResult:
        """删除云主机规格 (DeleteInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_instance_offering(
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
    ) -> QueryInstanceOfferingResult:
        """查询云主机规格 (QueryInstanceOffering).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_INSTANCE_OFFERING,
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

    def query_instance_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[InstanceOfferingInventory]:
        """Every result of ``query_instance_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_INSTANCE_OFFERING,
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

    async def update_instance_offering(
        self,
        *,
        uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInstanceOfferingResult:
        """更新云主机规格 (UpdateInstanceOffering).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            allocator_strategy: allocatorStrategy (since 2.3.1)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_INSTANCE_OFFERING,
            {
                "uuid": uuid,
                "allocatorStrategy": allocator_strategy,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

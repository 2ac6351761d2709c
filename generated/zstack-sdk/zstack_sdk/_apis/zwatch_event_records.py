"""``client.zwatch_event_records``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.event_records_inventory import EventRecordsInventory
    from ..models.get_all_event_metadata_result import GetAllEventMetadataResult
    from ..models.get_event_data_result import GetEventDataResult
    from ..models.query_event_record_result import QueryEventRecordResult
    from ..models.update_event_data_result import UpdateEventDataResult

__all__ = ["AsyncZwatchEventRecordsApi", "ZwatchEventRecordsApi"]


GET_ALL_EVENT_METADATA: Api[GetAllEventMetadataResult] = Api(
    "GetAllEventMetadata",
    "GET",
    "/zwatch/events/meta-data",
    params=(
        ("name", "query", "3.9.0"),
        ("namespace", "query", "3.9.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("name", "namespace", "system_tags", "user_tags"),
    since="0.6",
    result=".models.get_all_event_metadata_result:GetAllEventMetadataResult",
)

GET_EVENT_DATA: Api[GetEventDataResult] = Api(
    "GetEventData",
    "GET",
    "/zwatch/events",
    params=(
        ("startTime", "query", "2.3"),
        ("endTime", "query", "2.3"),
        ("limit", "query", "2.3"),
        ("offsetAheadOfCurrentTime", "query", "3.3.0"),
        ("conditions", "query", "3.3.0"),
        ("count", "query", "3.3.0"),
        ("endpointUuid", "query", "3.10.0"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
        ("start", "query", None),
        ("conditionExpression", "query", None),
    ),
    names=(
        "start_time",
        "end_time",
        "limit",
        "offset_ahead_of_current_time",
        "conditions",
        "count",
        "endpoint_uuid",
        "system_tags",
        "user_tags",
        "start",
        "condition_expression",
    ),
    since="2.3",
    result=".models.get_event_data_result:GetEventDataResult",
    checks=(
        ("startTime", "start_time", "minimum", 0),
        ("startTime", "start_time", "maximum", 9223372036854775807),
        ("endTime", "end_time", "minimum", 0),
        ("endTime", "end_time", "maximum", 9223372036854775807),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
        ("offsetAheadOfCurrentTime", "offset_ahead_of_current_time", "minimum", 0),
        (
            "offsetAheadOfCurrentTime",
            "offset_ahead_of_current_time",
            "maximum",
            9223372036854775807,
        ),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
        ("conditionExpression", "condition_expression", "maxLength", 256),
    ),
)

QUERY_EVENT_RECORD: Api[QueryEventRecordResult] = Api(
    "QueryEventRecord",
    "GET",
    "/zwatch/event-records",
    params=(
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.1.0",
    result=".models.query_event_record_result:QueryEventRecordResult",
    query=True,
)

UPDATE_EVENT_DATA: Api[UpdateEventDataResult] = Api(
    "UpdateEventData",
    "PUT",
    "/zwatch/events/actions",
    params=(
        ("dataEndTime", "body", "3.3.0"),
        ("dataStartTime", "body", "3.3.0"),
        ("dataUuid", "body", "3.3.0"),
        ("readStatus", "body", "3.3.0"),
        ("updateMode", "body", "3.3.0"),
        ("systemTags", "root", "3.3.0"),
        ("userTags", "root", "3.3.0"),
    ),
    names=(
        "data_end_time",
        "data_start_time",
        "data_uuid",
        "read_status",
        "update_mode",
        "system_tags",
        "user_tags",
    ),
    required=("updateMode",),
    body_key="updateEventData",
    since="3.3.0",
    result=".models.update_event_data_result:UpdateEventDataResult",
    checks=(
        ("readStatus", "read_status", "enum", ("Read", "Unread")),
        ("updateMode", "update_mode", "enum", ("OnlyOne", "InRange", "All")),
    ),
)


class ZwatchEventRecordsApi(SyncNamespace):
    """zwatch-event-records: 4 APIs (GetAllEventMetadata, GetEventData, QueryEventRecord, ...)."""

    __slots__ = ()

    def get_all_event_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllEventMetadataResult:
        """获取所有event元数据 (GetAllEventMetadata).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            name: 事件名称 (since 3.9.0)
            namespace: 事件命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALL_EVENT_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_event_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        offset_ahead_of_current_time: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        condition_expression: str | None = None,
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0; minimum 0; maximum 9223372036854775807)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            condition_expression: conditionExpression (maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_EVENT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "conditions": conditions,
                "count": count,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
                "conditionExpression": condition_expression,
            },
            job_uuid,
        )

    def query_event_record(
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
    ) -> QueryEventRecordResult:
        """查询事件报警器报警记录 (QueryEventRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_RECORD,
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

    def query_event_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[EventRecordsInventory]:
        """Every result of ``query_event_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RECORD,
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

    def update_event_data(
        self,
        *,
        update_mode: Literal["OnlyOne", "InRange", "All"],
        data_end_time: int | None = None,
        data_start_time: int | None = None,
        data_uuid: str | None = None,
        read_status: Literal["Read", "Unread"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventDataResult:
        """更新事件消息 (UpdateEventData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0; enum {'Read', 'Unread'})
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0; enum {'OnlyOne', 'InRange', 'All'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EVENT_DATA,
            {
                "dataEndTime": data_end_time,
                "dataStartTime": data_start_time,
                "dataUuid": data_uuid,
                "readStatus": read_status,
                "updateMode": update_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchEventRecordsApi(AsyncNamespace):
    """zwatch-event-records: 4 APIs (GetAllEventMetadata, GetEventData, QueryEventRecord, ...). (asyncio)"""

    __slots__ = ()

    async def get_all_event_metadata(
        self,
        *,
        name: str | None = None,
        namespace: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAllEventMetadataResult:
        """获取所有event元数据 (GetAllEventMetadata).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            name: 事件名称 (since 3.9.0)
            namespace: 事件命名空间 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALL_EVENT_METADATA,
            {
                "name": name,
                "namespace": namespace,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_event_data(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        offset_ahead_of_current_time: int | None = None,
        conditions: Sequence[str] | None = None,
        count: bool | None = None,
        endpoint_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        start: int | None = None,
        condition_expression: str | None = None,
        job_uuid: str | None = None,
    ) -> GetEventDataResult:
        """获取事件 (GetEventData).

        Since ZStack 2.3. Synchronous (a 202 is still followed).

        Args:
            start_time: 起始时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            end_time: 结束时间 (since 2.3; minimum 0; maximum 9223372036854775807)
            limit: 最大返回条数 (since 2.3; minimum 0; maximum 2147483647)
            offset_ahead_of_current_time: 早于当前时间的毫秒数，例如：查询最近一小时的消息，则传入3600000 (since 3.3.0; minimum 0; maximum 9223372036854775807)
            conditions: 查询条件 (since 3.3.0)
            count: 是否查询事件数量 (since 3.3.0)
            endpoint_uuid: 接收端Uuid (since 3.10.0)
            start: start (minimum 0; maximum 2147483647)
            condition_expression: conditionExpression (maxLength 256)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_EVENT_DATA,
            {
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "offsetAheadOfCurrentTime": offset_ahead_of_current_time,
                "conditions": conditions,
                "count": count,
                "endpointUuid": endpoint_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "start": start,
                "conditionExpression": condition_expression,
            },
            job_uuid,
        )

    async def query_event_record(
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
    ) -> QueryEventRecordResult:
        """查询事件报警器报警记录 (QueryEventRecord).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_RECORD,
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

    def query_event_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[EventRecordsInventory]:
        """Every result of ``query_event_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_RECORD,
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

    async def update_event_data(
        self,
        *,
        update_mode: Literal["OnlyOne", "InRange", "All"],
        data_end_time: int | None = None,
        data_start_time: int | None = None,
        data_uuid: str | None = None,
        read_status: Literal["Read", "Unread"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventDataResult:
        """更新事件消息 (UpdateEventData).

        Since ZStack 3.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            data_end_time: 选择目标消息的结束时间，updateMode需要传入InRange (since 3.3.0)
            data_start_time: 选择目标消息的起始时间，updateMode需要传入InRange (since 3.3.0)
            data_uuid: 资源的UUID，唯一标示该资源 (since 3.3.0)
            read_status: 更新消息已读状态 (since 3.3.0; enum {'Read', 'Unread'})
            update_mode: 选择更新目标消息的范围，OnlyOne表示只更新指定的消息，InRange表示更新某个时间范围产生的消息， All表示更新所有消息 (since 3.3.0; enum {'OnlyOne', 'InRange', 'All'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EVENT_DATA,
            {
                "dataEndTime": data_end_time,
                "dataStartTime": data_start_time,
                "dataUuid": data_uuid,
                "readStatus": read_status,
                "updateMode": update_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

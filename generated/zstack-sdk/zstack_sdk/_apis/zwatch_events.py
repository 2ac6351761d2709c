"""``client.zwatch_events``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.event_subscription_inventory import EventSubscriptionInventory
    from ..models.query_event_subscription_result import QueryEventSubscriptionResult
    from ..models.subscribe_event_result import SubscribeEventResult
    from ..models.unsubscribe_event_result import UnsubscribeEventResult
    from ..models.update_event_subscription_label_result import UpdateEventSubscriptionLabelResult

__all__ = ["AsyncZwatchEventsApi", "ZwatchEventsApi"]


QUERY_EVENT_SUBSCRIPTION: Api[QueryEventSubscriptionResult] = Api(
    "QueryEventSubscription",
    "GET",
    "/zwatch/events/subscriptions",
    params=(
        ("uuid", "path", "2.3.1"),
        ("systemTags", "query", "2.3.1"),
        ("userTags", "query", "2.3.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.3.1",
    result=".models.query_event_subscription_result:QueryEventSubscriptionResult",
    query=True,
    alt_paths=("/zwatch/events/subscriptions/{uuid}",),
)

SUBSCRIBE_EVENT: Api[SubscribeEventResult] = Api(
    "SubscribeEvent",
    "POST",
    "/zwatch/events/subscriptions",
    params=(
        ("actions", "body", "2.3"),
        ("emergencyLevel", "body", "3.8.0"),
        ("eventName", "body", "2.3"),
        ("labels", "body", "2.3"),
        ("name", "body", "3.0.0"),
        ("namespace", "body", "2.3"),
        ("resourceUuid", "body", "2.3"),
        ("tagUuids", "body", "3.8.0"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=(
        "actions",
        "emergency_level",
        "event_name",
        "labels",
        "name",
        "namespace",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("eventName", "namespace"),
    body_key="params",
    since="2.3",
    result=".models.subscribe_event_result:SubscribeEventResult",
    checks=(
        ("emergencyLevel", "emergency_level", "enum", ("Emergent", "Important", "Normal")),
        ("name", "name", "maxLength", 255),
    ),
)

UNSUBSCRIBE_EVENT: Api[UnsubscribeEventResult] = Api(
    "UnsubscribeEvent",
    "DELETE",
    "/zwatch/events/subscriptions/{uuid}",
    params=(
        ("uuid", "path", "2.3"),
        ("deleteMode", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3",
    result=".models.unsubscribe_event_result:UnsubscribeEventResult",
)

UPDATE_EVENT_SUBSCRIPTION_LABEL: Api[UpdateEventSubscriptionLabelResult] = Api(
    "UpdateEventSubscriptionLabel",
    "PUT",
    "/zwatch/events/subscriptions/labels/{uuid}/actions",
    params=(
        ("uuid", "path", "3.9.0"),
        ("key", "body", "3.9.0"),
        ("operator", "body", "3.9.0"),
        ("value", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("uuid", "key", "operator", "value", "system_tags", "user_tags"),
    required=("uuid", "key", "operator", "value"),
    body_key="updateEventSubscriptionLabel",
    since="3.9.0",
    result=".models.update_event_subscription_label_result:UpdateEventSubscriptionLabelResult",
    checks=(
        ("key", "key", "maxLength", 1024),
        ("operator", "operator", "enum", ("Regex", "Equal")),
    ),
)


class ZwatchEventsApi(SyncNamespace):
    """zwatch-events: 4 APIs (QueryEventSubscription, SubscribeEvent, UnsubscribeEvent, ...)."""

    __slots__ = ()

    def query_event_subscription(
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
    ) -> QueryEventSubscriptionResult:
        """查询事件订阅 (QueryEventSubscription).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_SUBSCRIPTION,
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

    def query_event_subscription_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[EventSubscriptionInventory]:
        """Every result of ``query_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_SUBSCRIPTION,
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

    def subscribe_event(
        self,
        *,
        event_name: str,
        namespace: str,
        actions: Sequence[Any] | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeEventResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0; maxLength 255)
            namespace: 名字空间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SUBSCRIBE_EVENT,
            {
                "actions": actions,
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def unsubscribe_event(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeEventResult:
        """退订事件 (UnsubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNSUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_event_subscription_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventSubscriptionLabelResult:
        """更新事件订阅的标签 (UpdateEventSubscriptionLabel).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 原事件订阅标签的UUID，唯一标示该资源 (since 3.9.0)
            key: 标签的新名 (since 3.9.0; maxLength 1024)
            operator: 标签的新操作符 (since 3.9.0; enum {'Regex', 'Equal'})
            value: 标签的新值 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EVENT_SUBSCRIPTION_LABEL,
            {
                "uuid": uuid,
                "key": key,
                "operator": operator,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZwatchEventsApi(AsyncNamespace):
    """zwatch-events: 4 APIs (QueryEventSubscription, SubscribeEvent, UnsubscribeEvent, ...). (asyncio)"""

    __slots__ = ()

    async def query_event_subscription(
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
    ) -> QueryEventSubscriptionResult:
        """查询事件订阅 (QueryEventSubscription).

        Since ZStack 2.3.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.3.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_SUBSCRIPTION,
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

    def query_event_subscription_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[EventSubscriptionInventory]:
        """Every result of ``query_event_subscription``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_SUBSCRIPTION,
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

    async def subscribe_event(
        self,
        *,
        event_name: str,
        namespace: str,
        actions: Sequence[Any] | None = None,
        emergency_level: Literal["Emergent", "Important", "Normal"] | None = None,
        labels: Sequence[Any] | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SubscribeEventResult:
        """订阅事件 (SubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            actions: 事件动作 (since 2.3)
            emergency_level: 报警等级 (since 3.8.0; enum {'Emergent', 'Important', 'Normal'})
            event_name: 事件名 (since 2.3)
            labels: 事件标签 (since 2.3)
            name: 资源名称 (since 3.0.0; maxLength 255)
            namespace: 名字空间 (since 2.3)
            resource_uuid: resourceUuid (since 2.3)
            tag_uuids: 标签UUID列表 (since 3.8.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SUBSCRIBE_EVENT,
            {
                "actions": actions,
                "emergencyLevel": emergency_level,
                "eventName": event_name,
                "labels": labels,
                "name": name,
                "namespace": namespace,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def unsubscribe_event(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnsubscribeEventResult:
        """退订事件 (UnsubscribeEvent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            delete_mode: deleteMode (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNSUBSCRIBE_EVENT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_event_subscription_label(
        self,
        *,
        uuid: str,
        key: str,
        operator: Literal["Regex", "Equal"],
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEventSubscriptionLabelResult:
        """更新事件订阅的标签 (UpdateEventSubscriptionLabel).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 原事件订阅标签的UUID，唯一标示该资源 (since 3.9.0)
            key: 标签的新名 (since 3.9.0; maxLength 1024)
            operator: 标签的新操作符 (since 3.9.0; enum {'Regex', 'Equal'})
            value: 标签的新值 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EVENT_SUBSCRIPTION_LABEL,
            {
                "uuid": uuid,
                "key": key,
                "operator": operator,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

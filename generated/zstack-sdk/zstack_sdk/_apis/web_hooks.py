"""``client.web_hooks``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_webhook_result import CreateWebhookResult
    from ..models.delete_webhook_result import DeleteWebhookResult
    from ..models.query_webhook_result import QueryWebhookResult
    from ..models.update_webhook_result import UpdateWebhookResult
    from ..models.webhook_inventory import WebhookInventory

__all__ = ["AsyncWebHooksApi", "WebHooksApi"]


CREATE_WEBHOOK: Api[CreateWebhookResult] = Api(
    "CreateWebhook",
    "POST",
    "/web-hooks",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("opaque", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "opaque",
        "resource_uuid",
        "tag_uuids",
        "type",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("name", "type", "url"),
    body_key="params",
    since=None,
    result=".models.create_webhook_result:CreateWebhookResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)

DELETE_WEBHOOK: Api[DeleteWebhookResult] = Api(
    "DeleteWebhook",
    "DELETE",
    "/web-hooks/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_webhook_result:DeleteWebhookResult",
)

QUERY_WEBHOOK: Api[QueryWebhookResult] = Api(
    "QueryWebhook",
    "GET",
    "/web-hooks",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_webhook_result:QueryWebhookResult",
    query=True,
)

UPDATE_WEBHOOK: Api[UpdateWebhookResult] = Api(
    "UpdateWebhook",
    "PUT",
    "/web-hooks/{uuid}",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("opaque", "body", None),
        ("type", "body", None),
        ("url", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "name", "opaque", "type", "url", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateWebhook",
    since=None,
    result=".models.update_webhook_result:UpdateWebhookResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "maxLength", 255),
        ("url", "url", "maxLength", 2048),
    ),
)


class WebHooksApi(SyncNamespace):
    """web-hooks: 4 APIs (CreateWebhook, DeleteWebhook, QueryWebhook, ...)."""

    __slots__ = ()

    def create_webhook(
        self,
        *,
        name: str,
        type: str,
        url: str,
        description: str | None = None,
        opaque: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateWebhookResult:
        """Create webhook (CreateWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            opaque: opaque
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_WEBHOOK,
            {
                "description": description,
                "name": name,
                "opaque": opaque,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_webhook(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteWebhookResult:
        """Delete webhook (DeleteWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_WEBHOOK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_webhook(
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
    ) -> QueryWebhookResult:
        """Query webhook (QueryWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryWebhookAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_WEBHOOK,
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

    def query_webhook_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[WebhookInventory]:
        """Every result of ``query_webhook``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_WEBHOOK,
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

    def update_webhook(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        opaque: str | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateWebhookResult:
        """Update webhook (UpdateWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            opaque: opaque
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_WEBHOOK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "opaque": opaque,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncWebHooksApi(AsyncNamespace):
    """web-hooks: 4 APIs (CreateWebhook, DeleteWebhook, QueryWebhook, ...). (asyncio)"""

    __slots__ = ()

    async def create_webhook(
        self,
        *,
        name: str,
        type: str,
        url: str,
        description: str | None = None,
        opaque: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateWebhookResult:
        """Create webhook (CreateWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            opaque: opaque
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_WEBHOOK,
            {
                "description": description,
                "name": name,
                "opaque": opaque,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_webhook(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteWebhookResult:
        """Delete webhook (DeleteWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_WEBHOOK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_webhook(
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
    ) -> QueryWebhookResult:
        """Query webhook (QueryWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryWebhookAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_WEBHOOK,
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

    def query_webhook_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[WebhookInventory]:
        """Every result of ``query_webhook``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_WEBHOOK,
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

    async def update_webhook(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        opaque: str | None = None,
        type: str | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateWebhookResult:
        """Update webhook (UpdateWebhook).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateWebhookAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            opaque: opaque
            type: type (maxLength 255)
            url: url (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_WEBHOOK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "opaque": opaque,
                "type": type,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

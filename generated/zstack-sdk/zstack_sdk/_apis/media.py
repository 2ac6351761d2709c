"""``client.media``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_media_state_result import ChangeMediaStateResult
    from ..models.create_email_media_result import CreateEmailMediaResult
    from ..models.delete_media_result import DeleteMediaResult
    from ..models.query_email_media_result import QueryEmailMediaResult
    from ..models.query_media_result import QueryMediaResult
    from ..models.update_email_media_result import UpdateEmailMediaResult

__all__ = ["AsyncMediaApi", "MediaApi"]


CHANGE_MEDIA_STATE: Api[ChangeMediaStateResult] = Api(
    "ChangeMediaState",
    "PUT",
    "/media/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeMediaState",
    since=None,
    result=".models.change_media_state_result:ChangeMediaStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_EMAIL_MEDIA: Api[CreateEmailMediaResult] = Api(
    "CreateEmailMedia",
    "POST",
    "/media/emails",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("resourceUuid", "body", None),
        ("smtpPort", "body", None),
        ("smtpServer", "body", None),
        ("tagUuids", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "password",
        "resource_uuid",
        "smtp_port",
        "smtp_server",
        "tag_uuids",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("name", "smtpPort", "smtpServer"),
    body_key="params",
    since=None,
    result=".models.create_email_media_result:CreateEmailMediaResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)

DELETE_MEDIA: Api[DeleteMediaResult] = Api(
    "DeleteMedia",
    "DELETE",
    "/media/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_media_result:DeleteMediaResult",
)

QUERY_EMAIL_MEDIA: Api[QueryEmailMediaResult] = Api(
    "QueryEmailMedia",
    "GET",
    "/media/emails",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_email_media_result:QueryEmailMediaResult",
    query=True,
)

QUERY_MEDIA: Api[QueryMediaResult] = Api(
    "QueryMedia",
    "GET",
    "/media",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_media_result:QueryMediaResult",
    query=True,
)

UPDATE_EMAIL_MEDIA: Api[UpdateEmailMediaResult] = Api(
    "UpdateEmailMedia",
    "PUT",
    "/media/emails/{uuid}",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("smtpPort", "body", None),
        ("smtpServer", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "password",
        "smtp_port",
        "smtp_server",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateEmailMedia",
    since=None,
    result=".models.update_email_media_result:UpdateEmailMediaResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("smtpPort", "smtp_port", "minimum", 1),
        ("smtpPort", "smtp_port", "maximum", 65535),
    ),
)


class MediaApi(SyncNamespace):
    """media: 6 APIs (ChangeMediaState, CreateEmailMedia, DeleteMedia, ...)."""

    __slots__ = ()

    def change_media_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMediaStateResult:
        """Change media state (ChangeMediaState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMediaStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_MEDIA_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_email_media(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEmailMediaResult:
        """Create email media (CreateEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEmailMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password
            resource_uuid: resourceUuid
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            tag_uuids: tagUuids
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_EMAIL_MEDIA,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_media(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMediaResult:
        """Delete media (DeleteMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_MEDIA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_email_media(
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
    ) -> QueryEmailMediaResult:
        """Query email media (QueryEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEmailMediaAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EMAIL_MEDIA,
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

    def query_email_media_pages(
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
        """Every result of ``query_email_media``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EMAIL_MEDIA,
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

    def query_media(
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
    ) -> QueryMediaResult:
        """Query media (QueryMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMediaAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MEDIA,
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

    def query_media_pages(
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
        """Every result of ``query_media``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MEDIA,
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

    def update_email_media(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailMediaResult:
        """Update email media (UpdateEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEmailMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_EMAIL_MEDIA,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncMediaApi(AsyncNamespace):
    """media: 6 APIs (ChangeMediaState, CreateEmailMedia, DeleteMedia, ...). (asyncio)"""

    __slots__ = ()

    async def change_media_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeMediaStateResult:
        """Change media state (ChangeMediaState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeMediaStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_MEDIA_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_email_media(
        self,
        *,
        name: str,
        smtp_port: int,
        smtp_server: str,
        description: str | None = None,
        password: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateEmailMediaResult:
        """Create email media (CreateEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateEmailMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password
            resource_uuid: resourceUuid
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            tag_uuids: tagUuids
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_EMAIL_MEDIA,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "tagUuids": tag_uuids,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_media(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteMediaResult:
        """Delete media (DeleteMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_MEDIA,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_email_media(
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
    ) -> QueryEmailMediaResult:
        """Query email media (QueryEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEmailMediaAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EMAIL_MEDIA,
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

    def query_email_media_pages(
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
        """Every result of ``query_email_media``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EMAIL_MEDIA,
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

    async def query_media(
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
    ) -> QueryMediaResult:
        """Query media (QueryMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryMediaAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MEDIA,
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

    def query_media_pages(
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
        """Every result of ``query_media``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MEDIA,
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

    async def update_email_media(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        password: str | None = None,
        smtp_port: int | None = None,
        smtp_server: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateEmailMediaResult:
        """Update email media (UpdateEmailMedia).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateEmailMediaAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            password: password
            smtp_port: smtpPort (minimum 1; maximum 65535)
            smtp_server: smtpServer
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_EMAIL_MEDIA,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

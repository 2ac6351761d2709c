"""``client.accesskeys``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.access_key_inventory import AccessKeyInventory
    from ..models.change_access_key_state_result import ChangeAccessKeyStateResult
    from ..models.create_access_key_result import CreateAccessKeyResult
    from ..models.delete_access_key_result import DeleteAccessKeyResult
    from ..models.query_access_key_result import QueryAccessKeyResult

__all__ = ["AccesskeysApi", "AsyncAccesskeysApi"]


CHANGE_ACCESS_KEY_STATE: Api[ChangeAccessKeyStateResult] = Api(
    "ChangeAccessKeyState",
    "PUT",
    "/accesskeys/{uuid}/actions",
    params=(
        ("uuid", "path", "3.2.0"),
        ("stateEvent", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeAccessKeyState",
    since="3.2.0",
    result=".models.change_access_key_state_result:ChangeAccessKeyStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_ACCESS_KEY: Api[CreateAccessKeyResult] = Api(
    "CreateAccessKey",
    "POST",
    "/accesskeys",
    params=(
        ("AccessKeyID", "body", "3.7.0"),
        ("AccessKeySecret", "body", "3.7.0"),
        ("accountUuid", "body", "3.2.0"),
        ("description", "body", "3.2.0"),
        ("resourceUuid", "body", "3.2.0"),
        ("tagUuids", "body", None),
        ("userUuid", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=(
        "access_key_id",
        "access_key_secret",
        "account_uuid",
        "description",
        "resource_uuid",
        "tag_uuids",
        "user_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("accountUuid", "userUuid"),
    body_key="params",
    since="3.2.0",
    result=".models.create_access_key_result:CreateAccessKeyResult",
    checks=(
        ("AccessKeyID", "access_key_id", "minLength", 10),
        ("AccessKeyID", "access_key_id", "maxLength", 20),
        ("AccessKeySecret", "access_key_secret", "minLength", 10),
        ("AccessKeySecret", "access_key_secret", "maxLength", 40),
        ("accountUuid", "account_uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("userUuid", "user_uuid", "maxLength", 32),
    ),
)

DELETE_ACCESS_KEY: Api[DeleteAccessKeyResult] = Api(
    "DeleteAccessKey",
    "DELETE",
    "/accesskeys/{uuid}",
    params=(
        ("uuid", "path", "3.2.0"),
        ("deleteMode", "query", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.2.0",
    result=".models.delete_access_key_result:DeleteAccessKeyResult",
)

QUERY_ACCESS_KEY: Api[QueryAccessKeyResult] = Api(
    "QueryAccessKey",
    "GET",
    "/accesskeys",
    params=(
        ("uuid", "path", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.2.0",
    result=".models.query_access_key_result:QueryAccessKeyResult",
    query=True,
    alt_paths=("/accesskeys/{uuid}",),
)


class AccesskeysApi(SyncNamespace):
    """accesskeys: 4 APIs (ChangeAccessKeyState, CreateAccessKey, DeleteAccessKey, ...)."""

    __slots__ = ()

    def change_access_key_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessKeyStateResult:
        """开启或关闭AccessKey (ChangeAccessKeyState).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            state_event: 开启或关闭 (since 3.2.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_KEY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_access_key(
        self,
        *,
        account_uuid: str,
        user_uuid: str,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessKeyResult:
        """创建AccessKey (CreateAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_id: 生成的AccessKeyID (since 3.7.0; minLength 10; maxLength 20)
            access_key_secret: 生成的AccessKeySecret (since 3.7.0; minLength 10; maxLength 40)
            account_uuid: 账户UUID (since 3.2.0; maxLength 32)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            user_uuid: 用户UUID (since 3.2.0; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ACCESS_KEY,
            {
                "AccessKeyID": access_key_id,
                "AccessKeySecret": access_key_secret,
                "accountUuid": account_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_access_key(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessKeyResult:
        """删除AccessKey (DeleteAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            delete_mode: deleteMode (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCESS_KEY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_access_key(
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
    ) -> QueryAccessKeyResult:
        """查询AccessKey (QueryAccessKey).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCESS_KEY,
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

    def query_access_key_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccessKeyInventory]:
        """Every result of ``query_access_key``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_KEY,
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


class AsyncAccesskeysApi(AsyncNamespace):
    """accesskeys: 4 APIs (ChangeAccessKeyState, CreateAccessKey, DeleteAccessKey, ...). (asyncio)"""

    __slots__ = ()

    async def change_access_key_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessKeyStateResult:
        """开启或关闭AccessKey (ChangeAccessKeyState).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            state_event: 开启或关闭 (since 3.2.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_KEY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_access_key(
        self,
        *,
        account_uuid: str,
        user_uuid: str,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessKeyResult:
        """创建AccessKey (CreateAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_id: 生成的AccessKeyID (since 3.7.0; minLength 10; maxLength 20)
            access_key_secret: 生成的AccessKeySecret (since 3.7.0; minLength 10; maxLength 40)
            account_uuid: 账户UUID (since 3.2.0; maxLength 32)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            user_uuid: 用户UUID (since 3.2.0; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ACCESS_KEY,
            {
                "AccessKeyID": access_key_id,
                "AccessKeySecret": access_key_secret,
                "accountUuid": account_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_access_key(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessKeyResult:
        """删除AccessKey (DeleteAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            delete_mode: deleteMode (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCESS_KEY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_access_key(
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
    ) -> QueryAccessKeyResult:
        """查询AccessKey (QueryAccessKey).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCESS_KEY,
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

    def query_access_key_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccessKeyInventory]:
        """Every result of ``query_access_key``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_KEY,
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

"""``client.tags``: 12 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_tag_to_resources_result import AttachTagToResourcesResult
    from ..models.create_system_tag_result import CreateSystemTagResult
    from ..models.create_system_tags_result import CreateSystemTagsResult
    from ..models.create_tag_result import CreateTagResult
    from ..models.create_user_tag_result import CreateUserTagResult
    from ..models.delete_tag_result import DeleteTagResult
    from ..models.detach_tag_from_resources_result import DetachTagFromResourcesResult
    from ..models.query_system_tag_result import QuerySystemTagResult
    from ..models.query_tag_result import QueryTagResult
    from ..models.query_user_tag_result import QueryUserTagResult
    from ..models.system_tag_inventory import SystemTagInventory
    from ..models.tag_pattern_inventory import TagPatternInventory
    from ..models.update_system_tag_result import UpdateSystemTagResult
    from ..models.update_tag_result import UpdateTagResult
    from ..models.user_tag_inventory import UserTagInventory

__all__ = ["AsyncTagsApi", "TagsApi"]


ATTACH_TAG_TO_RESOURCES: Api[AttachTagToResourcesResult] = Api(
    "AttachTagToResources",
    "POST",
    "/tags/{tagUuid}/resources",
    params=(
        ("tagUuid", "path", "3.2.0"),
        ("resourceUuids", "body", "3.2.0"),
        ("tokens", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=("tag_uuid", "resource_uuids", "tokens", "system_tags", "user_tags"),
    required=("tagUuid", "resourceUuids"),
    body_key="params",
    since="3.2.0",
    result=".models.attach_tag_to_resources_result:AttachTagToResourcesResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

CREATE_SYSTEM_TAG: Api[CreateSystemTagResult] = Api(
    "CreateSystemTag",
    "POST",
    "/system-tags",
    params=(
        ("resourceType", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tag", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("resource_type", "resource_uuid", "tag", "system_tags", "user_tags"),
    required=("resourceType", "resourceUuid", "tag"),
    body_key="params",
    since="0.6",
    result=".models.create_system_tag_result:CreateSystemTagResult",
)

CREATE_SYSTEM_TAGS: Api[CreateSystemTagsResult] = Api(
    "CreateSystemTags",
    "POST",
    "/system-tags/{resourceUuid}/tags",
    params=(
        ("resourceUuid", "path", None),
        ("resourceType", "body", None),
        ("tags", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("resource_uuid", "resource_type", "tags", "system_tags", "user_tags"),
    required=("resourceUuid", "resourceType", "tags"),
    body_key="params",
    since=None,
    result=".models.create_system_tags_result:CreateSystemTagsResult",
    checks=(("tags", "tags", "minItems", 1),),
)

CREATE_TAG: Api[CreateTagResult] = Api(
    "CreateTag",
    "POST",
    "/tags",
    params=(
        ("color", "body", "3.2.0"),
        ("description", "body", "3.2.0"),
        ("name", "body", "3.2.0"),
        ("resourceUuid", "body", "3.2.0"),
        ("tagUuids", "body", None),
        ("type", "body", "3.2.0"),
        ("value", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=(
        "color",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "value",
        "system_tags",
        "user_tags",
    ),
    required=("name", "value"),
    body_key="params",
    since="3.2.0",
    result=".models.create_tag_result:CreateTagResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 128),
        ("type", "type", "enum", ("simple", "withToken")),
        ("value", "value", "maxLength", 128),
    ),
)

CREATE_USER_TAG: Api[CreateUserTagResult] = Api(
    "CreateUserTag",
    "POST",
    "/user-tags",
    params=(
        ("resourceType", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tag", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("resource_type", "resource_uuid", "tag", "system_tags", "user_tags"),
    required=("resourceType", "resourceUuid", "tag"),
    body_key="params",
    since="0.6",
    result=".models.create_user_tag_result:CreateUserTagResult",
)

DELETE_TAG: Api[DeleteTagResult] = Api(
    "DeleteTag",
    "DELETE",
    "/tags/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_tag_result:DeleteTagResult",
)

DETACH_TAG_FROM_RESOURCES: Api[DetachTagFromResourcesResult] = Api(
    "DetachTagFromResources",
    "DELETE",
    "/tags/{tagUuid}/resources",
    params=(
        ("tagUuid", "path", "3.2.0"),
        ("resourceUuids", "query", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    names=("tag_uuid", "resource_uuids", "system_tags", "user_tags"),
    required=("tagUuid", "resourceUuids"),
    since="3.2.0",
    result=".models.detach_tag_from_resources_result:DetachTagFromResourcesResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

QUERY_SYSTEM_TAG: Api[QuerySystemTagResult] = Api(
    "QuerySystemTag",
    "GET",
    "/system-tags",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_system_tag_result:QuerySystemTagResult",
    query=True,
    alt_paths=("/system-tags/{uuid}",),
)

QUERY_TAG: Api[QueryTagResult] = Api(
    "QueryTag",
    "GET",
    "/tags",
    params=(
        ("uuid", "path", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.2.0",
    result=".models.query_tag_result:QueryTagResult",
    query=True,
    alt_paths=("/tags/{uuid}",),
)

QUERY_USER_TAG: Api[QueryUserTagResult] = Api(
    "QueryUserTag",
    "GET",
    "/user-tags",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_user_tag_result:QueryUserTagResult",
    query=True,
    alt_paths=("/user-tags/{uuid}",),
)

UPDATE_SYSTEM_TAG: Api[UpdateSystemTagResult] = Api(
    "UpdateSystemTag",
    "PUT",
    "/system-tags/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("tag", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "tag", "system_tags", "user_tags"),
    required=("uuid", "tag"),
    body_key="updateSystemTag",
    since="0.6",
    result=".models.update_system_tag_result:UpdateSystemTagResult",
)

UPDATE_TAG: Api[UpdateTagResult] = Api(
    "UpdateTag",
    "PUT",
    "/tags/{uuid}/actions",
    params=(
        ("uuid", "path", "3.2.0"),
        ("color", "body", "3.2.0"),
        ("description", "body", "3.2.0"),
        ("name", "body", "3.2.0"),
        ("value", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    names=("uuid", "color", "description", "name", "value", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateTag",
    since="3.2.0",
    result=".models.update_tag_result:UpdateTagResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 128),
        ("value", "value", "maxLength", 128),
    ),
)


class TagsApi(SyncNamespace):
    """tags: 12 APIs (AttachTagToResources, CreateSystemTag, CreateSystemTags, ...)."""

    __slots__ = ()

    def attach_tag_to_resources(
        self,
        *,
        tag_uuid: str,
        resource_uuids: Sequence[str],
        tokens: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachTagToResourcesResult:
        """加载资源标签 (AttachTagToResources).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID (since 3.2.0)
            resource_uuids: 资源UUID (since 3.2.0; minItems 1)
            tokens: 通过标签存放的键和值 (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_TAG_TO_RESOURCES,
            {
                "tagUuid": tag_uuid,
                "resourceUuids": resource_uuids,
                "tokens": tokens,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_system_tag(
        self,
        *,
        resource_type: str,
        resource_uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSystemTagResult:
        """创建系统标签 (CreateSystemTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_type: 当创建一个标签时, 用户必须指定标签所关联的资源类型 (since 0.6)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SYSTEM_TAG,
            {
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_system_tags(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        tags: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSystemTagsResult:
        """Create system tags (CreateSystemTags).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSystemTagsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            resource_type: resourceType
            tags: tags (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SYSTEM_TAGS,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "tags": tags,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_tag(
        self,
        *,
        name: str,
        value: str,
        color: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["simple", "withToken"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTagResult:
        """创建资源标签 (CreateTag).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            color: 标签的颜色 (since 3.2.0)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            name: 资源名称 (since 3.2.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            type: 标签的类型 (since 3.2.0; enum {'simple', 'withToken'})
            value: 标签的值 (since 3.2.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_TAG,
            {
                "color": color,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_user_tag(
        self,
        *,
        resource_type: str,
        resource_uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserTagResult:
        """创建用户标签 (CreateUserTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_type: 当创建一个标签时, 用户必须制定标签所关联的资源类型 (since 0.6)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_USER_TAG,
            {
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_tag(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTagResult:
        """删除标签 (DeleteTag).

        可用于删除系统标签（SystemTag）、用户标签（UserTag）、以及资源标签（Tag）。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_TAG,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_tag_from_resources(
        self,
        *,
        tag_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachTagFromResourcesResult:
        """卸载资源标签 (DetachTagFromResources).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID (since 3.2.0)
            resource_uuids: 资源UUID (since 3.2.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_TAG_FROM_RESOURCES,
            {
                "tagUuid": tag_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_system_tag(
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
    ) -> QuerySystemTagResult:
        """查询系统标签 (QuerySystemTag).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SYSTEM_TAG,
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

    def query_system_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SystemTagInventory]:
        """Every result of ``query_system_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SYSTEM_TAG,
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

    def query_tag(
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
    ) -> QueryTagResult:
        """查询资源标签 (QueryTag).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TAG,
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

    def query_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TagPatternInventory]:
        """Every result of ``query_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TAG,
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

    def query_user_tag(
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
    ) -> QueryUserTagResult:
        """查询用户标签 (QueryUserTag).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_USER_TAG,
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

    def query_user_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UserTagInventory]:
        """Every result of ``query_user_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER_TAG,
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

    def update_system_tag(
        self,
        *,
        uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSystemTagResult:
        """更新系统标签 (UpdateSystemTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SYSTEM_TAG,
            {
                "uuid": uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_tag(
        self,
        *,
        uuid: str,
        color: str | None = None,
        description: str | None = None,
        name: str | None = None,
        value: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTagResult:
        """更新资源标签 (UpdateTag).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.2.0)
            color: 标签的颜色 (since 3.2.0)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            name: 资源名称 (since 3.2.0; maxLength 128)
            value: 标签的值 (since 3.2.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_TAG,
            {
                "uuid": uuid,
                "color": color,
                "description": description,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTagsApi(AsyncNamespace):
    """tags: 12 APIs (AttachTagToResources, CreateSystemTag, CreateSystemTags, ...). (asyncio)"""

    __slots__ = ()

    async def attach_tag_to_resources(
        self,
        *,
        tag_uuid: str,
        resource_uuids: Sequence[str],
        tokens: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachTagToResourcesResult:
        """加载资源标签 (AttachTagToResources).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID (since 3.2.0)
            resource_uuids: 资源UUID (since 3.2.0; minItems 1)
            tokens: 通过标签存放的键和值 (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_TAG_TO_RESOURCES,
            {
                "tagUuid": tag_uuid,
                "resourceUuids": resource_uuids,
                "tokens": tokens,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_system_tag(
        self,
        *,
        resource_type: str,
        resource_uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSystemTagResult:
        """创建系统标签 (CreateSystemTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_type: 当创建一个标签时, 用户必须指定标签所关联的资源类型 (since 0.6)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SYSTEM_TAG,
            {
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_system_tags(
        self,
        *,
        resource_uuid: str,
        resource_type: str,
        tags: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSystemTagsResult:
        """Create system tags (CreateSystemTags).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSystemTagsAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_uuid: resourceUuid
            resource_type: resourceType
            tags: tags (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SYSTEM_TAGS,
            {
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "tags": tags,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_tag(
        self,
        *,
        name: str,
        value: str,
        color: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["simple", "withToken"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTagResult:
        """创建资源标签 (CreateTag).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            color: 标签的颜色 (since 3.2.0)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            name: 资源名称 (since 3.2.0; maxLength 128)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            type: 标签的类型 (since 3.2.0; enum {'simple', 'withToken'})
            value: 标签的值 (since 3.2.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_TAG,
            {
                "color": color,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_user_tag(
        self,
        *,
        resource_type: str,
        resource_uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserTagResult:
        """创建用户标签 (CreateUserTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_type: 当创建一个标签时, 用户必须制定标签所关联的资源类型 (since 0.6)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_USER_TAG,
            {
                "resourceType": resource_type,
                "resourceUuid": resource_uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_tag(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTagResult:
        """删除标签 (DeleteTag).

        可用于删除系统标签（SystemTag）、用户标签（UserTag）、以及资源标签（Tag）。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式(Permissive 或者 Enforcing, 默认 Permissive) (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_TAG,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_tag_from_resources(
        self,
        *,
        tag_uuid: str,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachTagFromResourcesResult:
        """卸载资源标签 (DetachTagFromResources).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            tag_uuid: 标签UUID (since 3.2.0)
            resource_uuids: 资源UUID (since 3.2.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_TAG_FROM_RESOURCES,
            {
                "tagUuid": tag_uuid,
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_system_tag(
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
    ) -> QuerySystemTagResult:
        """查询系统标签 (QuerySystemTag).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SYSTEM_TAG,
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

    def query_system_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SystemTagInventory]:
        """Every result of ``query_system_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SYSTEM_TAG,
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

    async def query_tag(
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
    ) -> QueryTagResult:
        """查询资源标签 (QueryTag).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TAG,
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

    def query_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TagPatternInventory]:
        """Every result of ``query_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TAG,
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

    async def query_user_tag(
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
    ) -> QueryUserTagResult:
        """查询用户标签 (QueryUserTag).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_USER_TAG,
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

    def query_user_tag_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UserTagInventory]:
        """Every result of ``query_user_tag``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER_TAG,
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

    async def update_system_tag(
        self,
        *,
        uuid: str,
        tag: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSystemTagResult:
        """更新系统标签 (UpdateSystemTag).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            tag: 标签字符串 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SYSTEM_TAG,
            {
                "uuid": uuid,
                "tag": tag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_tag(
        self,
        *,
        uuid: str,
        color: str | None = None,
        description: str | None = None,
        name: str | None = None,
        value: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTagResult:
        """更新资源标签 (UpdateTag).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.2.0)
            color: 标签的颜色 (since 3.2.0)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            name: 资源名称 (since 3.2.0; maxLength 128)
            value: 标签的值 (since 3.2.0; maxLength 128)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_TAG,
            {
                "uuid": uuid,
                "color": color,
                "description": description,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.zones``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_app_build_system_to_zone_result import AttachAppBuildSystemToZoneResult
    from ..models.change_zone_state_result import ChangeZoneStateResult
    from ..models.create_zone_result import CreateZoneResult
    from ..models.delete_zone_result import DeleteZoneResult
    from ..models.detach_app_build_system_to_zone_result import DetachAppBuildSystemToZoneResult
    from ..models.get_zone_result import GetZoneResult
    from ..models.query_zone_result import QueryZoneResult
    from ..models.update_zone_result import UpdateZoneResult
    from ..models.zone_inventory import ZoneInventory

__all__ = ["AsyncZonesApi", "ZonesApi"]


ATTACH_APP_BUILD_SYSTEM_TO_ZONE: Api[AttachAppBuildSystemToZoneResult] = Api(
    "AttachAppBuildSystemToZone",
    "POST",
    "/zones/{zoneUuid}/buildsystem/{buildSystemUuid}",
    params=(
        ("zoneUuid", "path", None),
        ("buildSystemUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("zone_uuid", "build_system_uuid", "system_tags", "user_tags"),
    required=("zoneUuid", "buildSystemUuid"),
    body_key="params",
    since=None,
    result=".models.attach_app_build_system_to_zone_result:AttachAppBuildSystemToZoneResult",
)

CHANGE_ZONE_STATE: Api[ChangeZoneStateResult] = Api(
    "ChangeZoneState",
    "PUT",
    "/zones/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeZoneState",
    since="0.6",
    result=".models.change_zone_state_result:ChangeZoneStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_ZONE: Api[CreateZoneResult] = Api(
    "CreateZone",
    "POST",
    "/zones",
    params=(
        ("description", "body", "0.6"),
        ("isDefault", "body", None),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "is_default",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_zone_result:CreateZoneResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", '^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$'),
    ),
)

DELETE_ZONE: Api[DeleteZoneResult] = Api(
    "DeleteZone",
    "DELETE",
    "/zones/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_zone_result:DeleteZoneResult",
)

DETACH_APP_BUILD_SYSTEM_TO_ZONE: Api[DetachAppBuildSystemToZoneResult] = Api(
    "DetachAppBuildSystemToZone",
    "DELETE",
    "/zones/{zoneUuid}/buildsystem/{buildSystemUuid}",
    params=(
        ("zoneUuid", "path", None),
        ("buildSystemUuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("zone_uuid", "build_system_uuid", "system_tags", "user_tags"),
    required=("zoneUuid", "buildSystemUuid"),
    since=None,
    result=".models.detach_app_build_system_to_zone_result:DetachAppBuildSystemToZoneResult",
)

GET_ZONE: Api[GetZoneResult] = Api(
    "GetZone",
    "GET",
    "/zones/{uuid}/info",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_zone_result:GetZoneResult",
)

QUERY_ZONE: Api[QueryZoneResult] = Api(
    "QueryZone",
    "GET",
    "/zones",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_zone_result:QueryZoneResult",
    query=True,
    alt_paths=("/zones/{uuid}",),
)

UPDATE_ZONE: Api[UpdateZoneResult] = Api(
    "UpdateZone",
    "PUT",
    "/zones/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("isDefault", "body", None),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "is_default", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateZone",
    since="0.6",
    result=".models.update_zone_result:UpdateZoneResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", '^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$'),
    ),
)


class ZonesApi(SyncNamespace):
    """zones: 8 APIs (AttachAppBuildSystemToZone, ChangeZoneState, CreateZone, ...)."""

    __slots__ = ()

    def attach_app_build_system_to_zone(
        self,
        *,
        zone_uuid: str,
        build_system_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAppBuildSystemToZoneResult:
        """Attach app build system to zone (AttachAppBuildSystemToZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAppBuildSystemToZoneAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            build_system_uuid: buildSystemUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_APP_BUILD_SYSTEM_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "buildSystemUuid": build_system_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_zone_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """改变区域的可用状态 (ChangeZoneState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态触发事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ZONE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_zone(
        self,
        *,
        name: str,
        description: str | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateZoneResult:
        """创建区域 (CreateZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_default: isDefault
            name: 资源名称 (since 0.6; maxLength 255; pattern ^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$)
            resource_uuid: 用户指定的资源uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ZONE,
            {
                "description": description,
                "isDefault": is_default,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_zone(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteZoneResult:
        """删除区域 (DeleteZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许，云平台会停止删除操作；在这种情况下, 包含失败原因的错误代码会被返回。 Enforcing：云平台会忽略所有错误和权限而直接删除资源；在这种情况下, 删除操作总是会成功。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ZONE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_app_build_system_to_zone(
        self,
        *,
        zone_uuid: str,
        build_system_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAppBuildSystemToZoneResult:
        """Detach app build system to zone (DetachAppBuildSystemToZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAppBuildSystemToZoneAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            build_system_uuid: buildSystemUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_APP_BUILD_SYSTEM_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "buildSystemUuid": build_system_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_zone(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZoneResult:
        """Get zone (GetZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetZoneAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ZONE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_zone(
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
    ) -> QueryZoneResult:
        """查询区域 (QueryZone).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ZONE,
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

    def query_zone_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ZoneInventory]:
        """Every result of ``query_zone``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ZONE,
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

    def update_zone(
        self,
        *,
        uuid: str,
        description: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateZoneResult:
        """更新区域 (UpdateZone).

        更新区域的名称、描述、系统标签或者用户标签。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_default: isDefault
            name: 资源名称 (since 0.6; maxLength 255; pattern ^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ZONE,
            {
                "uuid": uuid,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncZonesApi(AsyncNamespace):
    """zones: 8 APIs (AttachAppBuildSystemToZone, ChangeZoneState, CreateZone, ...). (asyncio)"""

    __slots__ = ()

    async def attach_app_build_system_to_zone(
        self,
        *,
        zone_uuid: str,
        build_system_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachAppBuildSystemToZoneResult:
        """Attach app build system to zone (AttachAppBuildSystemToZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachAppBuildSystemToZoneAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            build_system_uuid: buildSystemUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_APP_BUILD_SYSTEM_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "buildSystemUuid": build_system_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_zone_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeZoneStateResult:
        """改变区域的可用状态 (ChangeZoneState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态触发事件 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ZONE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_zone(
        self,
        *,
        name: str,
        description: str | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateZoneResult:
        """创建区域 (CreateZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_default: isDefault
            name: 资源名称 (since 0.6; maxLength 255; pattern ^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$)
            resource_uuid: 用户指定的资源uuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ZONE,
            {
                "description": description,
                "isDefault": is_default,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_zone(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteZoneResult:
        """删除区域 (DeleteZone).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive：如果删除过程中发生错误或者删除不被允许，云平台会停止删除操作；在这种情况下, 包含失败原因的错误代码会被返回。 Enforcing：云平台会忽略所有错误和权限而直接删除资源；在这种情况下, 删除操作总是会成功。 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ZONE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_app_build_system_to_zone(
        self,
        *,
        zone_uuid: str,
        build_system_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachAppBuildSystemToZoneResult:
        """Detach app build system to zone (DetachAppBuildSystemToZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachAppBuildSystemToZoneAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            zone_uuid: zoneUuid
            build_system_uuid: buildSystemUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_APP_BUILD_SYSTEM_TO_ZONE,
            {
                "zoneUuid": zone_uuid,
                "buildSystemUuid": build_system_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_zone(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetZoneResult:
        """Get zone (GetZone).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetZoneAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ZONE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_zone(
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
    ) -> QueryZoneResult:
        """查询区域 (QueryZone).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ZONE,
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

    def query_zone_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ZoneInventory]:
        """Every result of ``query_zone``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ZONE,
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

    async def update_zone(
        self,
        *,
        uuid: str,
        description: str | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateZoneResult:
        """更新区域 (UpdateZone).

        更新区域的名称、描述、系统标签或者用户标签。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            is_default: isDefault
            name: 资源名称 (since 0.6; maxLength 255; pattern ^(?! )[\\u4e00-\\u9fa5a-zA-Z0-9\\-_.():+" ]*(?<! )$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ZONE,
            {
                "uuid": uuid,
                "description": description,
                "isDefault": is_default,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

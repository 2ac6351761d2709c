"""``client.log``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_log_configuration_result import AddLogConfigurationResult
    from ..models.add_log_server_result import AddLogServerResult
    from ..models.delete_log_configuration_result import DeleteLogConfigurationResult
    from ..models.delete_log_sever_result import DeleteLogSeverResult
    from ..models.get_log_configuration_result import GetLogConfigurationResult
    from ..models.query_log_server_result import QueryLogServerResult
    from ..models.update_log_configuration_result import UpdateLogConfigurationResult
    from ..models.update_log_server_result import UpdateLogServerResult

__all__ = ["AsyncLogApi", "LogApi"]


ADD_LOG_CONFIGURATION: Api[AddLogConfigurationResult] = Api(
    "AddLogConfiguration",
    "POST",
    "/log/configurations",
    params=(
        ("configuration", "body", None),
        ("description", "body", None),
        ("level", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "configuration",
        "description",
        "level",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("configuration", "name", "type"),
    body_key="params",
    since=None,
    result=".models.add_log_configuration_result:AddLogConfigurationResult",
    checks=(
        (
            "level",
            "level",
            "enum",
            ("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"),
        ),
    ),
)

ADD_LOG_SERVER: Api[AddLogServerResult] = Api(
    "AddLogServer",
    "POST",
    "/log/servers",
    params=(
        ("category", "body", "5.3.28"),
        ("configuration", "body", "5.3.28"),
        ("description", "body", "5.3.28"),
        ("level", "body", "5.3.28"),
        ("name", "body", "5.3.28"),
        ("resourceUuid", "body", "5.3.28"),
        ("tagUuids", "body", "5.3.28"),
        ("type", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=(
        "category",
        "configuration",
        "description",
        "level",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("category", "configuration", "name", "type"),
    body_key="params",
    since="5.3.28",
    result=".models.add_log_server_result:AddLogServerResult",
    checks=(
        ("category", "category", "enum", ("ManagementNodeLog", "PlatformOperationLog")),
        (
            "level",
            "level",
            "enum",
            ("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"),
        ),
        ("type", "type", "enum", ("Log4j2", "FluentBit")),
    ),
)

DELETE_LOG_CONFIGURATION: Api[DeleteLogConfigurationResult] = Api(
    "DeleteLogConfiguration",
    "DELETE",
    "/log/configurations/log4j2",
    params=(
        ("configId", "query", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("config_id", "delete_mode", "system_tags", "user_tags"),
    required=("configId",),
    since=None,
    result=".models.delete_log_configuration_result:DeleteLogConfigurationResult",
)

DELETE_LOG_SEVER: Api[DeleteLogSeverResult] = Api(
    "DeleteLogSever",
    "DELETE",
    "/log/servers",
    params=(
        ("uuid", "query", "5.3.28"),
        ("systemTags", "query", "5.3.28"),
        ("userTags", "query", "5.3.28"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.3.28",
    result=".models.delete_log_sever_result:DeleteLogSeverResult",
)

GET_LOG_CONFIGURATION: Api[GetLogConfigurationResult] = Api(
    "GetLogConfiguration",
    "GET",
    "/log/configurations",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_log_configuration_result:GetLogConfigurationResult",
)

QUERY_LOG_SERVER: Api[QueryLogServerResult] = Api(
    "QueryLogServer",
    "GET",
    "/log/servers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_log_server_result:QueryLogServerResult",
    query=True,
    alt_paths=("/log/servers/{uuid}",),
)

UPDATE_LOG_CONFIGURATION: Api[UpdateLogConfigurationResult] = Api(
    "UpdateLogConfiguration",
    "PUT",
    "/log/configurations",
    params=(
        ("configId", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("config_id", "description", "name", "system_tags", "user_tags"),
    required=("configId",),
    body_key="updateLogConfiguration",
    since=None,
    result=".models.update_log_configuration_result:UpdateLogConfigurationResult",
)

UPDATE_LOG_SERVER: Api[UpdateLogServerResult] = Api(
    "UpdateLogServer",
    "PUT",
    "/log/servers",
    params=(
        ("description", "body", "5.3.28"),
        ("name", "body", "5.3.28"),
        ("uuid", "body", "5.3.28"),
        ("systemTags", "root", "5.3.28"),
        ("userTags", "root", "5.3.28"),
    ),
    names=("description", "name", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateLogServer",
    since="5.3.28",
    result=".models.update_log_server_result:UpdateLogServerResult",
)


class LogApi(SyncNamespace):
    """log: 8 APIs (AddLogConfiguration, AddLogServer, DeleteLogConfiguration, ...)."""

    __slots__ = ()

    def add_log_configuration(
        self,
        *,
        configuration: str,
        name: str,
        type: str,
        description: str | None = None,
        level: Literal["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"]
        | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLogConfigurationResult:
        """Add log configuration (AddLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            configuration: configuration
            description: description
            level: level (enum {'OFF', 'FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE', 'ALL'})
            name: name
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LOG_CONFIGURATION,
            {
                "configuration": configuration,
                "description": description,
                "level": level,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_log_server(
        self,
        *,
        category: Literal["ManagementNodeLog", "PlatformOperationLog"],
        configuration: str,
        name: str,
        type: Literal["Log4j2", "FluentBit"],
        description: str | None = None,
        level: Literal["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"]
        | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLogServerResult:
        """添加日志服务器 (AddLogServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            category: 日志类别(管理节点日志、平台操作日志) (since 5.3.28; enum {'ManagementNodeLog', 'PlatformOperationLog'})
            configuration: 日志具体配置 (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            level: 日志级别 (since 5.3.28; enum {'OFF', 'FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE', 'ALL'})
            name: 资源名称 (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            type: 日志类型 (since 5.3.28; enum {'Log4j2', 'FluentBit'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LOG_SERVER,
            {
                "category": category,
                "configuration": configuration,
                "description": description,
                "level": level,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_log_configuration(
        self,
        *,
        config_id: int,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLogConfigurationResult:
        """Delete log configuration (DeleteLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config_id: configId
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOG_CONFIGURATION,
            {
                "configId": config_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_log_sever(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLogSeverResult:
        """删除日志服务器 (DeleteLogSever).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOG_SEVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_log_configuration(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLogConfigurationResult:
        """Get log configuration (GetLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLogConfigurationAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOG_CONFIGURATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_log_server(
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
    ) -> QueryLogServerResult:
        """查询日志服务器 (QueryLogServer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOG_SERVER,
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

    def query_log_server_pages(
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
        """Every result of ``query_log_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOG_SERVER,
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

    def update_log_configuration(
        self,
        *,
        config_id: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLogConfigurationResult:
        """Update log configuration (UpdateLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config_id: configId
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOG_CONFIGURATION,
            {
                "configId": config_id,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_log_server(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLogServerResult:
        """更新日志服务器 (UpdateLogServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOG_SERVER,
            {
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLogApi(AsyncNamespace):
    """log: 8 APIs (AddLogConfiguration, AddLogServer, DeleteLogConfiguration, ...). (asyncio)"""

    __slots__ = ()

    async def add_log_configuration(
        self,
        *,
        configuration: str,
        name: str,
        type: str,
        description: str | None = None,
        level: Literal["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"]
        | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLogConfigurationResult:
        """Add log configuration (AddLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            configuration: configuration
            description: description
            level: level (enum {'OFF', 'FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE', 'ALL'})
            name: name
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LOG_CONFIGURATION,
            {
                "configuration": configuration,
                "description": description,
                "level": level,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_log_server(
        self,
        *,
        category: Literal["ManagementNodeLog", "PlatformOperationLog"],
        configuration: str,
        name: str,
        type: Literal["Log4j2", "FluentBit"],
        description: str | None = None,
        level: Literal["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL"]
        | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLogServerResult:
        """添加日志服务器 (AddLogServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            category: 日志类别(管理节点日志、平台操作日志) (since 5.3.28; enum {'ManagementNodeLog', 'PlatformOperationLog'})
            configuration: 日志具体配置 (since 5.3.28)
            description: 资源的详细描述 (since 5.3.28)
            level: 日志级别 (since 5.3.28; enum {'OFF', 'FATAL', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE', 'ALL'})
            name: 资源名称 (since 5.3.28)
            resource_uuid: 资源UUID (since 5.3.28)
            tag_uuids: 标签UUID列表 (since 5.3.28)
            type: 日志类型 (since 5.3.28; enum {'Log4j2', 'FluentBit'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LOG_SERVER,
            {
                "category": category,
                "configuration": configuration,
                "description": description,
                "level": level,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_log_configuration(
        self,
        *,
        config_id: int,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLogConfigurationResult:
        """Delete log configuration (DeleteLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config_id: configId
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOG_CONFIGURATION,
            {
                "configId": config_id,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_log_sever(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLogSeverResult:
        """删除日志服务器 (DeleteLogSever).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOG_SEVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_log_configuration(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLogConfigurationResult:
        """Get log configuration (GetLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLogConfigurationAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOG_CONFIGURATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_log_server(
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
    ) -> QueryLogServerResult:
        """查询日志服务器 (QueryLogServer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Documented, but unknown to the Java SDK the spec was checked against.

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOG_SERVER,
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

    def query_log_server_pages(
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
        """Every result of ``query_log_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOG_SERVER,
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

    async def update_log_configuration(
        self,
        *,
        config_id: int,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLogConfigurationResult:
        """Update log configuration (UpdateLogConfiguration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateLogConfigurationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            config_id: configId
            description: description
            name: name
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOG_CONFIGURATION,
            {
                "configId": config_id,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_log_server(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLogServerResult:
        """更新日志服务器 (UpdateLogServer).

        Since ZStack 5.3.28. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            description: 资源的详细描述 (since 5.3.28)
            name: 资源名称 (since 5.3.28)
            uuid: 资源的UUID，唯一标示该资源 (since 5.3.28)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOG_SERVER,
            {
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

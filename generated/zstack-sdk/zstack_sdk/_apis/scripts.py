"""``client.scripts``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.create_guest_vm_script_result import CreateGuestVmScriptResult
    from ..models.delete_guest_vm_script_result import DeleteGuestVmScriptResult
    from ..models.execute_guest_vm_script_result import ExecuteGuestVmScriptResult
    from ..models.guest_vm_script_executed_record_detail_inventory import (
        GuestVmScriptExecutedRecordDetailInventory,
    )
    from ..models.guest_vm_script_executed_record_inventory import (
        GuestVmScriptExecutedRecordInventory,
    )
    from ..models.query_guest_vm_script_executed_record_detail_result import (
        QueryGuestVmScriptExecutedRecordDetailResult,
    )
    from ..models.query_guest_vm_script_executed_record_result import (
        QueryGuestVmScriptExecutedRecordResult,
    )
    from ..models.query_guest_vm_script_result import QueryGuestVmScriptResult
    from ..models.update_guest_vm_script_result import UpdateGuestVmScriptResult

__all__ = ["AsyncScriptsApi", "ScriptsApi"]


CREATE_GUEST_VM_SCRIPT: Api[CreateGuestVmScriptResult] = Api(
    "CreateGuestVmScript",
    "POST",
    "/scripts",
    params=(
        ("description", "body", "5.2.0"),
        ("name", "body", "5.2.0"),
        ("platform", "body", "5.2.0"),
        ("renderParams", "body", "5.2.0"),
        ("resourceUuid", "body", "5.2.0"),
        ("scriptContent", "body", "5.2.0"),
        ("scriptTimeout", "body", "5.2.0"),
        ("scriptType", "body", "5.2.0"),
        ("tagUuids", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=(
        "description",
        "name",
        "platform",
        "render_params",
        "resource_uuid",
        "script_content",
        "script_timeout",
        "script_type",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "platform", "scriptContent", "scriptType"),
    body_key="params",
    since="5.2.0",
    result=".models.create_guest_vm_script_result:CreateGuestVmScriptResult",
    checks=(
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$"),
        ("platform", "platform", "enum", ("Windows", "Linux")),
        ("renderParams", "render_params", "maxLength", 5120),
        ("scriptContent", "script_content", "minLength", 1),
        ("scriptContent", "script_content", "maxLength", 65536),
        ("scriptTimeout", "script_timeout", "minimum", 1),
        ("scriptTimeout", "script_timeout", "maximum", 86400),
        ("scriptType", "script_type", "enum", ("Shell", "Python", "Perl", "Bat", "Powershell")),
    ),
)

DELETE_GUEST_VM_SCRIPT: Api[DeleteGuestVmScriptResult] = Api(
    "DeleteGuestVmScript",
    "DELETE",
    "/scripts/{uuid}",
    params=(
        ("uuid", "path", "5.2.0"),
        ("deleteMode", "query", "5.2.0"),
        ("systemTags", "query", "5.2.0"),
        ("userTags", "query", "5.2.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.2.0",
    result=".models.delete_guest_vm_script_result:DeleteGuestVmScriptResult",
)

EXECUTE_GUEST_VM_SCRIPT: Api[ExecuteGuestVmScriptResult] = Api(
    "ExecuteGuestVmScript",
    "PUT",
    "/scripts/{uuid}/actions",
    params=(
        ("uuid", "path", "5.2.0"),
        ("logPath", "body", "5.2.0"),
        ("scriptTimeout", "body", "5.2.0"),
        ("vmInstanceUuids", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=("uuid", "log_path", "script_timeout", "vm_instance_uuids", "system_tags", "user_tags"),
    required=("uuid", "vmInstanceUuids"),
    body_key="executeGuestVmScript",
    since="5.2.0",
    result=".models.execute_guest_vm_script_result:ExecuteGuestVmScriptResult",
    checks=(
        ("scriptTimeout", "script_timeout", "minimum", 10),
        ("scriptTimeout", "script_timeout", "maximum", 86400),
    ),
)

QUERY_GUEST_VM_SCRIPT: Api[QueryGuestVmScriptResult] = Api(
    "QueryGuestVmScript",
    "GET",
    "/scripts",
    params=(
        ("uuid", "path", "5.2.0"),
        ("systemTags", "query", "5.2.0"),
        ("userTags", "query", "5.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.2.0",
    result=".models.query_guest_vm_script_result:QueryGuestVmScriptResult",
    query=True,
    alt_paths=("/scripts/{uuid}",),
)

QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD: Api[QueryGuestVmScriptExecutedRecordResult] = Api(
    "QueryGuestVmScriptExecutedRecord",
    "GET",
    "/scripts/records",
    params=(
        ("uuid", "path", "5.2.0"),
        ("systemTags", "query", "5.2.0"),
        ("userTags", "query", "5.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.2.0",
    result=".models.query_guest_vm_script_executed_record_result:QueryGuestVmScriptExecutedRecordResult",
    query=True,
    alt_paths=("/scripts/records/{uuid}",),
)

QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD_DETAIL: Api[QueryGuestVmScriptExecutedRecordDetailResult] = (
    Api(
        "QueryGuestVmScriptExecutedRecordDetail",
        "GET",
        "/scripts/records/details",
        params=(
            ("systemTags", "query", "5.2.0"),
            ("userTags", "query", "5.2.0"),
        ),
        names=("system_tags", "user_tags"),
        since="5.2.0",
        result=".models.query_guest_vm_script_executed_record_detail_result:QueryGuestVmScriptExecutedRecordDetailResult",
        query=True,
    )
)

UPDATE_GUEST_VM_SCRIPT: Api[UpdateGuestVmScriptResult] = Api(
    "UpdateGuestVmScript",
    "PUT",
    "/scripts/{uuid}/actions",
    params=(
        ("uuid", "path", "5.2.0"),
        ("description", "body", "5.2.0"),
        ("name", "body", "5.2.0"),
        ("platform", "body", "5.2.0"),
        ("renderParams", "body", "5.2.0"),
        ("scriptContent", "body", "5.2.0"),
        ("scriptTimeout", "body", "5.2.0"),
        ("scriptType", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "platform",
        "render_params",
        "script_content",
        "script_timeout",
        "script_type",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateGuestVmScript",
    since="5.2.0",
    result=".models.update_guest_vm_script_result:UpdateGuestVmScriptResult",
    checks=(
        ("description", "description", "maxLength", 256),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 128),
        ("name", "name", "pattern", "^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$"),
        ("platform", "platform", "enum", ("Windows", "Linux")),
        ("renderParams", "render_params", "maxLength", 5120),
        ("scriptContent", "script_content", "minLength", 1),
        ("scriptContent", "script_content", "maxLength", 65536),
        ("scriptTimeout", "script_timeout", "minimum", 0),
        ("scriptTimeout", "script_timeout", "maximum", 86400),
        ("scriptType", "script_type", "enum", ("Shell", "Python", "Perl", "Bat", "Powershell")),
    ),
)


class ScriptsApi(SyncNamespace):
    """scripts: 7 APIs (CreateGuestVmScript, DeleteGuestVmScript, ExecuteGuestVmScript, ...)."""

    __slots__ = ()

    def create_guest_vm_script(
        self,
        *,
        name: str,
        platform: Literal["Windows", "Linux"],
        script_content: str,
        script_type: Literal["Shell", "Python", "Perl", "Bat", "Powershell"],
        description: str | None = None,
        render_params: str | None = None,
        resource_uuid: str | None = None,
        script_timeout: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateGuestVmScriptResult:
        """创建脚本 (CreateGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 256)
            name: 资源名称 (since 5.2.0; minLength 1; maxLength 128; pattern ^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            render_params: 参数 (since 5.2.0; maxLength 5120)
            resource_uuid: 资源UUID (since 5.2.0)
            script_content: 脚本内容 (since 5.2.0; minLength 1; maxLength 65536)
            script_timeout: 超时时间 (since 5.2.0; minimum 1; maximum 86400)
            script_type: 脚本类型 (since 5.2.0; enum {'Shell', 'Python', 'Perl', 'Bat', 'Powershell'})
            tag_uuids: 标签UUID列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_GUEST_VM_SCRIPT,
            {
                "description": description,
                "name": name,
                "platform": platform,
                "renderParams": render_params,
                "resourceUuid": resource_uuid,
                "scriptContent": script_content,
                "scriptTimeout": script_timeout,
                "scriptType": script_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_guest_vm_script(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteGuestVmScriptResult:
        """删除脚本 (DeleteGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            delete_mode: 删除模式 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def execute_guest_vm_script(
        self,
        *,
        uuid: str,
        vm_instance_uuids: Sequence[str],
        log_path: str | None = None,
        script_timeout: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteGuestVmScriptResult:
        """执行脚本 (ExecuteGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            log_path: 日志路径 (since 5.2.0)
            script_timeout: 超时时间 (since 5.2.0; minimum 10; maximum 86400)
            vm_instance_uuids: 云主机UUID (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXECUTE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "logPath": log_path,
                "scriptTimeout": script_timeout,
                "vmInstanceUuids": vm_instance_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_guest_vm_script(
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
    ) -> QueryGuestVmScriptResult:
        """查询脚本 (QueryGuestVmScript).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GUEST_VM_SCRIPT,
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

    def query_guest_vm_script_pages(
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
        """Every result of ``query_guest_vm_script``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT,
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

    def query_guest_vm_script_executed_record(
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
    ) -> QueryGuestVmScriptExecutedRecordResult:
        """查询脚本执行记录 (QueryGuestVmScriptExecutedRecord).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD,
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

    def query_guest_vm_script_executed_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GuestVmScriptExecutedRecordInventory]:
        """Every result of ``query_guest_vm_script_executed_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD,
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

    def query_guest_vm_script_executed_record_detail(
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
    ) -> QueryGuestVmScriptExecutedRecordDetailResult:
        """查询脚本执行记录明细 (QueryGuestVmScriptExecutedRecordDetail).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD_DETAIL,
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

    def query_guest_vm_script_executed_record_detail_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[GuestVmScriptExecutedRecordDetailInventory]:
        """Every result of ``query_guest_vm_script_executed_record_detail``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD_DETAIL,
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

    def update_guest_vm_script(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform: Literal["Windows", "Linux"] | None = None,
        render_params: str | None = None,
        script_content: str | None = None,
        script_timeout: int | None = None,
        script_type: Literal["Shell", "Python", "Perl", "Bat", "Powershell"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGuestVmScriptResult:
        """更新脚本 (UpdateGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            description: 资源的详细描述 (since 5.2.0; maxLength 256)
            name: 资源名称 (since 5.2.0; minLength 1; maxLength 128; pattern ^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            render_params: 参数 (since 5.2.0; maxLength 5120)
            script_content: 脚本内容 (since 5.2.0; minLength 1; maxLength 65536)
            script_timeout: 超时时间 (since 5.2.0; minimum 0; maximum 86400)
            script_type: 脚本类型 (since 5.2.0; enum {'Shell', 'Python', 'Perl', 'Bat', 'Powershell'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platform": platform,
                "renderParams": render_params,
                "scriptContent": script_content,
                "scriptTimeout": script_timeout,
                "scriptType": script_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncScriptsApi(AsyncNamespace):
    """scripts: 7 APIs (CreateGuestVmScript, DeleteGuestVmScript, ExecuteGuestVmScript, ...). (asyncio)"""

    __slots__ = ()

    async def create_guest_vm_script(
        self,
        *,
        name: str,
        platform: Literal["Windows", "Linux"],
        script_content: str,
        script_type: Literal["Shell", "Python", "Perl", "Bat", "Powershell"],
        description: str | None = None,
        render_params: str | None = None,
        resource_uuid: str | None = None,
        script_timeout: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateGuestVmScriptResult:
        """创建脚本 (CreateGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 256)
            name: 资源名称 (since 5.2.0; minLength 1; maxLength 128; pattern ^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            render_params: 参数 (since 5.2.0; maxLength 5120)
            resource_uuid: 资源UUID (since 5.2.0)
            script_content: 脚本内容 (since 5.2.0; minLength 1; maxLength 65536)
            script_timeout: 超时时间 (since 5.2.0; minimum 1; maximum 86400)
            script_type: 脚本类型 (since 5.2.0; enum {'Shell', 'Python', 'Perl', 'Bat', 'Powershell'})
            tag_uuids: 标签UUID列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_GUEST_VM_SCRIPT,
            {
                "description": description,
                "name": name,
                "platform": platform,
                "renderParams": render_params,
                "resourceUuid": resource_uuid,
                "scriptContent": script_content,
                "scriptTimeout": script_timeout,
                "scriptType": script_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_guest_vm_script(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteGuestVmScriptResult:
        """删除脚本 (DeleteGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            delete_mode: 删除模式 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def execute_guest_vm_script(
        self,
        *,
        uuid: str,
        vm_instance_uuids: Sequence[str],
        log_path: str | None = None,
        script_timeout: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExecuteGuestVmScriptResult:
        """执行脚本 (ExecuteGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            log_path: 日志路径 (since 5.2.0)
            script_timeout: 超时时间 (since 5.2.0; minimum 10; maximum 86400)
            vm_instance_uuids: 云主机UUID (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXECUTE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "logPath": log_path,
                "scriptTimeout": script_timeout,
                "vmInstanceUuids": vm_instance_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_guest_vm_script(
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
    ) -> QueryGuestVmScriptResult:
        """查询脚本 (QueryGuestVmScript).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GUEST_VM_SCRIPT,
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

    def query_guest_vm_script_pages(
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
        """Every result of ``query_guest_vm_script``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT,
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

    async def query_guest_vm_script_executed_record(
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
    ) -> QueryGuestVmScriptExecutedRecordResult:
        """查询脚本执行记录 (QueryGuestVmScriptExecutedRecord).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD,
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

    def query_guest_vm_script_executed_record_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GuestVmScriptExecutedRecordInventory]:
        """Every result of ``query_guest_vm_script_executed_record``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD,
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

    async def query_guest_vm_script_executed_record_detail(
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
    ) -> QueryGuestVmScriptExecutedRecordDetailResult:
        """查询脚本执行记录明细 (QueryGuestVmScriptExecutedRecordDetail).

        Since ZStack 5.2.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD_DETAIL,
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

    def query_guest_vm_script_executed_record_detail_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[GuestVmScriptExecutedRecordDetailInventory]:
        """Every result of ``query_guest_vm_script_executed_record_detail``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_GUEST_VM_SCRIPT_EXECUTED_RECORD_DETAIL,
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

    async def update_guest_vm_script(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        platform: Literal["Windows", "Linux"] | None = None,
        render_params: str | None = None,
        script_content: str | None = None,
        script_timeout: int | None = None,
        script_type: Literal["Shell", "Python", "Perl", "Bat", "Powershell"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateGuestVmScriptResult:
        """更新脚本 (UpdateGuestVmScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            description: 资源的详细描述 (since 5.2.0; maxLength 256)
            name: 资源名称 (since 5.2.0; minLength 1; maxLength 128; pattern ^(?! )[\\u4E00-\\u9FFFa-zA-Z0-9_\\-\\.():+\\s]*(?<! )$)
            platform: 平台 (since 5.2.0; enum {'Windows', 'Linux'})
            render_params: 参数 (since 5.2.0; maxLength 5120)
            script_content: 脚本内容 (since 5.2.0; minLength 1; maxLength 65536)
            script_timeout: 超时时间 (since 5.2.0; minimum 0; maximum 86400)
            script_type: 脚本类型 (since 5.2.0; enum {'Shell', 'Python', 'Perl', 'Bat', 'Powershell'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_GUEST_VM_SCRIPT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "platform": platform,
                "renderParams": render_params,
                "scriptContent": script_content,
                "scriptTimeout": script_timeout,
                "scriptType": script_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

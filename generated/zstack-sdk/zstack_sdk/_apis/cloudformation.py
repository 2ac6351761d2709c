"""``client.cloudformation``: 19 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_resource_stack_vm_port_monitor_result import (
        AddResourceStackVmPortMonitorResult,
    )
    from ..models.add_stack_template_result import AddStackTemplateResult
    from ..models.check_stack_template_parameters_result import CheckStackTemplateParametersResult
    from ..models.cloud_formation_stack_event_inventory import CloudFormationStackEventInventory
    from ..models.create_resource_stack_result import CreateResourceStackResult
    from ..models.decode_stack_template_result import DecodeStackTemplateResult
    from ..models.delete_resource_stack_result import DeleteResourceStackResult
    from ..models.delete_resource_stack_vm_port_monitor_result import (
        DeleteResourceStackVmPortMonitorResult,
    )
    from ..models.delete_stack_template_result import DeleteStackTemplateResult
    from ..models.get_resource_from_resource_stack_result import GetResourceFromResourceStackResult
    from ..models.get_resource_stack_from_resource_result import GetResourceStackFromResourceResult
    from ..models.get_resource_stack_vm_status_result import GetResourceStackVmStatusResult
    from ..models.get_supported_cloud_formation_resources_result import (
        GetSupportedCloudFormationResourcesResult,
    )
    from ..models.preview_resource_stack_result import PreviewResourceStackResult
    from ..models.query_event_from_resource_stack_result import QueryEventFromResourceStackResult
    from ..models.query_resource_stack_result import QueryResourceStackResult
    from ..models.query_stack_template_result import QueryStackTemplateResult
    from ..models.resource_stack_inventory import ResourceStackInventory
    from ..models.restart_resource_stack_result import RestartResourceStackResult
    from ..models.stack_template_inventory import StackTemplateInventory
    from ..models.update_resource_stack_result import UpdateResourceStackResult
    from ..models.update_stack_template_result import UpdateStackTemplateResult

__all__ = ["AsyncCloudformationApi", "CloudformationApi"]


ADD_RESOURCE_STACK_VM_PORT_MONITOR: Api[AddResourceStackVmPortMonitorResult] = Api(
    "AddResourceStackVmPortMonitor",
    "POST",
    "/cloudformation/stack/monitor/addvm",
    params=(
        ("port", "body", "3.9.0"),
        ("stackUuid", "body", "3.9.0"),
        ("vmInstanceUuid", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("port", "stack_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("port", "vmInstanceUuid"),
    body_key="params",
    since="3.9.0",
    result=".models.add_resource_stack_vm_port_monitor_result:AddResourceStackVmPortMonitorResult",
)

ADD_STACK_TEMPLATE: Api[AddStackTemplateResult] = Api(
    "AddStackTemplate",
    "POST",
    "/cloudformation/template",
    params=(
        ("description", "body", "2.5.0"),
        ("name", "body", "2.5.0"),
        ("resourceUuid", "body", "2.5.0"),
        ("tagUuids", "body", None),
        ("templateContent", "body", "2.5.0"),
        ("type", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "template_content",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.5.0",
    result=".models.add_stack_template_result:AddStackTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("templateContent", "template_content", "maxLength", 4194304),
        ("type", "type", "enum", ("zstack",)),
    ),
)

CHECK_STACK_TEMPLATE_PARAMETERS: Api[CheckStackTemplateParametersResult] = Api(
    "CheckStackTemplateParameters",
    "POST",
    "/cloudformation/stack/check",
    params=(
        ("templateContent", "body", "2.5.0"),
        ("type", "body", "2.5.0"),
        ("uuid", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=("template_content", "type", "uuid", "system_tags", "user_tags"),
    body_key="params",
    since="2.5.0",
    result=".models.check_stack_template_parameters_result:CheckStackTemplateParametersResult",
    checks=(
        ("templateContent", "template_content", "maxLength", 4194304),
        ("type", "type", "enum", ("zstack",)),
    ),
)

CREATE_RESOURCE_STACK: Api[CreateResourceStackResult] = Api(
    "CreateResourceStack",
    "POST",
    "/cloudformation/stack",
    params=(
        ("description", "body", "2.5.0"),
        ("name", "body", "2.5.0"),
        ("parameters", "body", "2.5.0"),
        ("resourceUuid", "body", "2.5.0"),
        ("rollback", "body", "2.5.0"),
        ("tagUuids", "body", None),
        ("templateContent", "body", "2.5.0"),
        ("templateUuid", "body", "2.5.0"),
        ("type", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=(
        "description",
        "name",
        "parameters",
        "resource_uuid",
        "rollback",
        "tag_uuids",
        "template_content",
        "template_uuid",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.5.0",
    result=".models.create_resource_stack_result:CreateResourceStackResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("parameters", "parameters", "maxLength", 524288),
        ("templateContent", "template_content", "maxLength", 4194304),
        ("type", "type", "enum", ("zstack",)),
    ),
)

DECODE_STACK_TEMPLATE: Api[DecodeStackTemplateResult] = Api(
    "DecodeStackTemplate",
    "POST",
    "/cloudformation/stack/preview/resource",
    params=(
        ("parameters", "body", "3.0.0"),
        ("preparameters", "body", "3.9.0"),
        ("templateContent", "body", "3.0.0"),
        ("type", "body", "3.0.0"),
        ("uuid", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    names=(
        "parameters",
        "preparameters",
        "template_content",
        "type",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    body_key="params",
    since="3.0.0",
    result=".models.decode_stack_template_result:DecodeStackTemplateResult",
    checks=(
        ("parameters", "parameters", "maxLength", 524288),
        ("preparameters", "preparameters", "maxLength", 524288),
        ("templateContent", "template_content", "maxLength", 4194304),
        ("type", "type", "enum", ("zstack",)),
    ),
)

DELETE_RESOURCE_STACK: Api[DeleteResourceStackResult] = Api(
    "DeleteResourceStack",
    "DELETE",
    "/cloudformation/stack/{uuid}",
    params=(
        ("uuid", "path", "2.5.0"),
        ("deleteMode", "query", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.5.0",
    result=".models.delete_resource_stack_result:DeleteResourceStackResult",
)

DELETE_RESOURCE_STACK_VM_PORT_MONITOR: Api[DeleteResourceStackVmPortMonitorResult] = Api(
    "DeleteResourceStackVmPortMonitor",
    "DELETE",
    "/cloudformation/stack/monitor/delvm",
    params=(
        ("stackUuid", "query", "3.9.0"),
        ("vmInstanceUuid", "query", "3.9.0"),
        ("port", "query", "3.9.0"),
        ("deleteMode", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("stack_uuid", "vm_instance_uuid", "port", "delete_mode", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="3.9.0",
    result=".models.delete_resource_stack_vm_port_monitor_result:DeleteResourceStackVmPortMonitorResult",
)

DELETE_STACK_TEMPLATE: Api[DeleteStackTemplateResult] = Api(
    "DeleteStackTemplate",
    "DELETE",
    "/cloudformation/template/{uuid}",
    params=(
        ("uuid", "path", "2.5.0"),
        ("deleteMode", "query", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.5.0",
    result=".models.delete_stack_template_result:DeleteStackTemplateResult",
)

GET_RESOURCE_FROM_RESOURCE_STACK: Api[GetResourceFromResourceStackResult] = Api(
    "GetResourceFromResourceStack",
    "GET",
    "/cloudformation/stack/resources",
    params=(
        ("uuid", "query", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.5.0",
    result=".models.get_resource_from_resource_stack_result:GetResourceFromResourceStackResult",
)

GET_RESOURCE_STACK_FROM_RESOURCE: Api[GetResourceStackFromResourceResult] = Api(
    "GetResourceStackFromResource",
    "GET",
    "/cloudformation/resources/stack",
    params=(
        ("resourceUuid", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("resource_uuid", "system_tags", "user_tags"),
    required=("resourceUuid",),
    since="3.9.0",
    result=".models.get_resource_stack_from_resource_result:GetResourceStackFromResourceResult",
)

GET_RESOURCE_STACK_VM_STATUS: Api[GetResourceStackVmStatusResult] = Api(
    "GetResourceStackVmStatus",
    "GET",
    "/cloudformation/stack/monitor/vmstatus",
    params=(
        ("uuid", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.9.0",
    result=".models.get_resource_stack_vm_status_result:GetResourceStackVmStatusResult",
)

GET_SUPPORTED_CLOUD_FORMATION_RESOURCES: Api[GetSupportedCloudFormationResourcesResult] = Api(
    "GetSupportedCloudFormationResources",
    "GET",
    "/cloudformation/resources",
    params=(
        ("version", "query", "2.6.0"),
        ("type", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("version", "type", "system_tags", "user_tags"),
    since="2.6.0",
    result=".models.get_supported_cloud_formation_resources_result:GetSupportedCloudFormationResourcesResult",
    checks=(
        ("version", "version", "enum", ("v1",)),
        ("type", "type", "enum", ("zstack",)),
    ),
)

PREVIEW_RESOURCE_STACK: Api[PreviewResourceStackResult] = Api(
    "PreviewResourceStack",
    "POST",
    "/cloudformation/stack/preview",
    params=(
        ("parameters", "body", "2.5.0"),
        ("preParameters", "body", None),
        ("templateContent", "body", "2.5.0"),
        ("type", "body", "2.5.0"),
        ("uuid", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=(
        "parameters",
        "pre_parameters",
        "template_content",
        "type",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    body_key="params",
    since="2.5.0",
    result=".models.preview_resource_stack_result:PreviewResourceStackResult",
    checks=(
        ("parameters", "parameters", "maxLength", 524288),
        ("preParameters", "pre_parameters", "maxLength", 524288),
        ("templateContent", "template_content", "maxLength", 4194304),
        ("type", "type", "enum", ("zstack",)),
    ),
)

QUERY_EVENT_FROM_RESOURCE_STACK: Api[QueryEventFromResourceStackResult] = Api(
    "QueryEventFromResourceStack",
    "GET",
    "/cloudformation/event",
    params=(
        ("uuid", "path", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.5.0",
    result=".models.query_event_from_resource_stack_result:QueryEventFromResourceStackResult",
    query=True,
    alt_paths=("/cloudformation/event/{uuid}",),
)

QUERY_RESOURCE_STACK: Api[QueryResourceStackResult] = Api(
    "QueryResourceStack",
    "GET",
    "/cloudformation/stack",
    params=(
        ("uuid", "path", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.5.0",
    result=".models.query_resource_stack_result:QueryResourceStackResult",
    query=True,
    alt_paths=("/cloudformation/stack/{uuid}",),
)

QUERY_STACK_TEMPLATE: Api[QueryStackTemplateResult] = Api(
    "QueryStackTemplate",
    "GET",
    "/cloudformation/template",
    params=(
        ("uuid", "path", "2.5.0"),
        ("systemTags", "query", "2.5.0"),
        ("userTags", "query", "2.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.5.0",
    result=".models.query_stack_template_result:QueryStackTemplateResult",
    query=True,
    alt_paths=("/cloudformation/template/{uuid}",),
)

RESTART_RESOURCE_STACK: Api[RestartResourceStackResult] = Api(
    "RestartResourceStack",
    "PUT",
    "/cloudformation/stack/{uuid}/actions",
    params=(
        ("uuid", "path", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="restartResourceStack",
    since="2.5.0",
    result=".models.restart_resource_stack_result:RestartResourceStackResult",
)

UPDATE_RESOURCE_STACK: Api[UpdateResourceStackResult] = Api(
    "UpdateResourceStack",
    "PUT",
    "/cloudformation/stack/{uuid}/actions",
    params=(
        ("uuid", "path", "2.5.0"),
        ("description", "body", "2.5.0"),
        ("name", "body", "2.5.0"),
        ("parameters", "body", "2.5.0"),
        ("rollback", "body", "2.5.0"),
        ("templateContent", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=(
        "uuid",
        "description",
        "name",
        "parameters",
        "rollback",
        "template_content",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateResourceStack",
    since="2.5.0",
    result=".models.update_resource_stack_result:UpdateResourceStackResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("parameters", "parameters", "maxLength", 524288),
        ("templateContent", "template_content", "maxLength", 4194304),
    ),
)

UPDATE_STACK_TEMPLATE: Api[UpdateStackTemplateResult] = Api(
    "UpdateStackTemplate",
    "PUT",
    "/cloudformation/template/{uuid}/actions",
    params=(
        ("uuid", "path", "2.5.0"),
        ("description", "body", "2.5.0"),
        ("name", "body", "2.5.0"),
        ("state", "body", "2.5.0"),
        ("templateContent", "body", "2.5.0"),
        ("systemTags", "root", "2.5.0"),
        ("userTags", "root", "2.5.0"),
    ),
    names=("uuid", "description", "name", "state", "template_content", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateStackTemplate",
    since="2.5.0",
    result=".models.update_stack_template_result:UpdateStackTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("templateContent", "template_content", "maxLength", 4194304),
    ),
)


class CloudformationApi(SyncNamespace):
    """cloudformation: 19 APIs (AddResourceStackVmPortMonitor, AddStackTemplate, CheckStackTemplateParameters, ...)."""

    __slots__ = ()

    def add_resource_stack_vm_port_monitor(
        self,
        *,
        port: int,
        vm_instance_uuid: str,
        stack_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourceStackVmPortMonitorResult:
        """添加资源栈中云主机端口监控 (AddResourceStackVmPortMonitor).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            port: 端口号 (since 3.9.0)
            stack_uuid: 资源栈UUID (since 3.9.0)
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RESOURCE_STACK_VM_PORT_MONITOR,
            {
                "port": port,
                "stackUuid": stack_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_stack_template(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddStackTemplateResult:
        """添加资源栈模板 (AddStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 2.5.0)
            tag_uuids: tagUuids
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            type: 模板类型，默认为zstack (since 2.5.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_STACK_TEMPLATE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "templateContent": template_content,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_stack_template_parameters(
        self,
        *,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckStackTemplateParametersResult:
        """检查资源栈模板参数 (CheckStackTemplateParameters).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            type: 模板类型，默认为zstack (since 2.5.0; enum {'zstack'})
            uuid: 模板的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_STACK_TEMPLATE_PARAMETERS,
            {
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_resource_stack(
        self,
        *,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        rollback: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_content: str | None = None,
        template_uuid: str | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourceStackResult:
        """创建资源栈 (CreateResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            parameters: 参数列表，json字符串 (since 2.5.0; maxLength 524288)
            resource_uuid: 资源的唯一UUID (since 2.5.0)
            rollback: 堆栈创建失败是否回滚，默认回滚 (since 2.5.0)
            tag_uuids: tagUuids
            template_content: 堆栈内容，json字符串说明: 与参数templateUuid二选一 (since 2.5.0; maxLength 4194304)
            template_uuid: 模板UUID说明: 与参数templateContent二选一 (since 2.5.0)
            type: 堆栈版本，默认为zstack (since 2.5.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_RESOURCE_STACK,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "rollback": rollback,
                "tagUuids": tag_uuids,
                "templateContent": template_content,
                "templateUuid": template_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def decode_stack_template(
        self,
        *,
        parameters: str | None = None,
        preparameters: str | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DecodeStackTemplateResult:
        """从资源编排模板解析成资源关系图 (DecodeStackTemplate).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            parameters: 参数列表(Json) (since 3.0.0; maxLength 524288)
            preparameters: 预渲染参数列表(Json) (since 3.9.0; maxLength 524288)
            template_content: 资源编排内容(Json) (since 3.0.0; maxLength 4194304)
            type: 类型 (since 3.0.0; enum {'zstack'})
            uuid: 资源编排模板的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DECODE_STACK_TEMPLATE,
            {
                "parameters": parameters,
                "preparameters": preparameters,
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_resource_stack(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceStackResult:
        """删除资源栈 (DeleteResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            delete_mode: deleteMode (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESOURCE_STACK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_resource_stack_vm_port_monitor(
        self,
        *,
        vm_instance_uuid: str,
        stack_uuid: str | None = None,
        port: int | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceStackVmPortMonitorResult:
        """删除资源栈中云主机端口监控 (DeleteResourceStackVmPortMonitor).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            stack_uuid: 资源栈UUID (since 3.9.0)
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            port: 端口号 (since 3.9.0)
            delete_mode: 删除模式 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESOURCE_STACK_VM_PORT_MONITOR,
            {
                "stackUuid": stack_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "port": port,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_stack_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteStackTemplateResult:
        """删除资源栈模板 (DeleteStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            delete_mode: deleteMode (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_STACK_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_from_resource_stack(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceFromResourceStackResult:
        """获取资源栈内资源列表 (GetResourceFromResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 堆栈的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_FROM_RESOURCE_STACK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_stack_from_resource(
        self,
        *,
        resource_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceStackFromResourceResult:
        """获取资源对应的资源栈 (GetResourceStackFromResource).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_STACK_FROM_RESOURCE,
            {
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_stack_vm_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceStackVmStatusResult:
        """获取资源栈中云主机端口监控状态 (GetResourceStackVmStatus).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_STACK_VM_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_supported_cloud_formation_resources(
        self,
        *,
        version: Literal["v1"] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportedCloudFormationResourcesResult:
        """获取支持的资源列表 (GetSupportedCloudFormationResources).

        获取资源栈模板支持的资源清单列表。

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            version: 版本号，如v1 (since 2.6.0; enum {'v1'})
            type: 类型，默认为zstack (since 2.6.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SUPPORTED_CLOUD_FORMATION_RESOURCES,
            {
                "version": version,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def preview_resource_stack(
        self,
        *,
        parameters: str | None = None,
        pre_parameters: str | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PreviewResourceStackResult:
        """预览资源栈 (PreviewResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            parameters: 参数列表，json字符串 (since 2.5.0; maxLength 524288)
            pre_parameters: preParameters (maxLength 524288)
            template_content: 模板内容 (since 2.5.0; maxLength 4194304)
            type: type (since 2.5.0; enum {'zstack'})
            uuid: 模板的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PREVIEW_RESOURCE_STACK,
            {
                "parameters": parameters,
                "preParameters": pre_parameters,
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_event_from_resource_stack(
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
    ) -> QueryEventFromResourceStackResult:
        """查询资源栈内事件列表 (QueryEventFromResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_EVENT_FROM_RESOURCE_STACK,
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

    def query_event_from_resource_stack_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CloudFormationStackEventInventory]:
        """Every result of ``query_event_from_resource_stack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_FROM_RESOURCE_STACK,
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

    def query_resource_stack(
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
    ) -> QueryResourceStackResult:
        """查询资源栈 (QueryResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_RESOURCE_STACK,
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

    def query_resource_stack_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ResourceStackInventory]:
        """Every result of ``query_resource_stack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_STACK,
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

    def query_stack_template(
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
    ) -> QueryStackTemplateResult:
        """查询资源栈模板 (QueryStackTemplate).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_STACK_TEMPLATE,
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

    def query_stack_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[StackTemplateInventory]:
        """Every result of ``query_stack_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_STACK_TEMPLATE,
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

    def restart_resource_stack(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RestartResourceStackResult:
        """重启资源栈 (RestartResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESTART_RESOURCE_STACK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_resource_stack(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: str | None = None,
        rollback: bool | None = None,
        template_content: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceStackResult:
        """修改资源栈 (UpdateResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 堆栈的UUID (since 2.5.0)
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            parameters: 堆栈参数列表，json字符串 (since 2.5.0; maxLength 524288)
            rollback: 创建失败是否回滚 (since 2.5.0)
            template_content: 堆栈内容，json字符串 (since 2.5.0; maxLength 4194304)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_RESOURCE_STACK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "rollback": rollback,
                "templateContent": template_content,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_stack_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: bool | None = None,
        template_content: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateStackTemplateResult:
        """修改资源栈模板 (UpdateStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID (since 2.5.0)
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            state: 模板是否可用 (since 2.5.0)
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_STACK_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "templateContent": template_content,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCloudformationApi(AsyncNamespace):
    """cloudformation: 19 APIs (AddResourceStackVmPortMonitor, AddStackTemplate, CheckStackTemplateParameters, ...). (asyncio)"""

    __slots__ = ()

    async def add_resource_stack_vm_port_monitor(
        self,
        *,
        port: int,
        vm_instance_uuid: str,
        stack_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourceStackVmPortMonitorResult:
        """添加资源栈中云主机端口监控 (AddResourceStackVmPortMonitor).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            port: 端口号 (since 3.9.0)
            stack_uuid: 资源栈UUID (since 3.9.0)
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RESOURCE_STACK_VM_PORT_MONITOR,
            {
                "port": port,
                "stackUuid": stack_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_stack_template(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddStackTemplateResult:
        """添加资源栈模板 (AddStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            resource_uuid: 资源UUID (since 2.5.0)
            tag_uuids: tagUuids
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            type: 模板类型，默认为zstack (since 2.5.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_STACK_TEMPLATE,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "templateContent": template_content,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_stack_template_parameters(
        self,
        *,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckStackTemplateParametersResult:
        """检查资源栈模板参数 (CheckStackTemplateParameters).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            type: 模板类型，默认为zstack (since 2.5.0; enum {'zstack'})
            uuid: 模板的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_STACK_TEMPLATE_PARAMETERS,
            {
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_resource_stack(
        self,
        *,
        name: str,
        description: str | None = None,
        parameters: str | None = None,
        resource_uuid: str | None = None,
        rollback: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        template_content: str | None = None,
        template_uuid: str | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateResourceStackResult:
        """创建资源栈 (CreateResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            parameters: 参数列表，json字符串 (since 2.5.0; maxLength 524288)
            resource_uuid: 资源的唯一UUID (since 2.5.0)
            rollback: 堆栈创建失败是否回滚，默认回滚 (since 2.5.0)
            tag_uuids: tagUuids
            template_content: 堆栈内容，json字符串说明: 与参数templateUuid二选一 (since 2.5.0; maxLength 4194304)
            template_uuid: 模板UUID说明: 与参数templateContent二选一 (since 2.5.0)
            type: 堆栈版本，默认为zstack (since 2.5.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_RESOURCE_STACK,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "rollback": rollback,
                "tagUuids": tag_uuids,
                "templateContent": template_content,
                "templateUuid": template_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def decode_stack_template(
        self,
        *,
        parameters: str | None = None,
        preparameters: str | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DecodeStackTemplateResult:
        """从资源编排模板解析成资源关系图 (DecodeStackTemplate).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            parameters: 参数列表(Json) (since 3.0.0; maxLength 524288)
            preparameters: 预渲染参数列表(Json) (since 3.9.0; maxLength 524288)
            template_content: 资源编排内容(Json) (since 3.0.0; maxLength 4194304)
            type: 类型 (since 3.0.0; enum {'zstack'})
            uuid: 资源编排模板的UUID，唯一标示该资源 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DECODE_STACK_TEMPLATE,
            {
                "parameters": parameters,
                "preparameters": preparameters,
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_resource_stack(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceStackResult:
        """删除资源栈 (DeleteResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            delete_mode: deleteMode (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESOURCE_STACK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_resource_stack_vm_port_monitor(
        self,
        *,
        vm_instance_uuid: str,
        stack_uuid: str | None = None,
        port: int | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteResourceStackVmPortMonitorResult:
        """删除资源栈中云主机端口监控 (DeleteResourceStackVmPortMonitor).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            stack_uuid: 资源栈UUID (since 3.9.0)
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            port: 端口号 (since 3.9.0)
            delete_mode: 删除模式 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESOURCE_STACK_VM_PORT_MONITOR,
            {
                "stackUuid": stack_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "port": port,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_stack_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteStackTemplateResult:
        """删除资源栈模板 (DeleteStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            delete_mode: deleteMode (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_STACK_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_from_resource_stack(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceFromResourceStackResult:
        """获取资源栈内资源列表 (GetResourceFromResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 堆栈的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_FROM_RESOURCE_STACK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_stack_from_resource(
        self,
        *,
        resource_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceStackFromResourceResult:
        """获取资源对应的资源栈 (GetResourceStackFromResource).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuid: 资源UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_STACK_FROM_RESOURCE,
            {
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_stack_vm_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceStackVmStatusResult:
        """获取资源栈中云主机端口监控状态 (GetResourceStackVmStatus).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_STACK_VM_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_supported_cloud_formation_resources(
        self,
        *,
        version: Literal["v1"] | None = None,
        type: Literal["zstack"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSupportedCloudFormationResourcesResult:
        """获取支持的资源列表 (GetSupportedCloudFormationResources).

        获取资源栈模板支持的资源清单列表。

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            version: 版本号，如v1 (since 2.6.0; enum {'v1'})
            type: 类型，默认为zstack (since 2.6.0; enum {'zstack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SUPPORTED_CLOUD_FORMATION_RESOURCES,
            {
                "version": version,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def preview_resource_stack(
        self,
        *,
        parameters: str | None = None,
        pre_parameters: str | None = None,
        template_content: str | None = None,
        type: Literal["zstack"] | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> PreviewResourceStackResult:
        """预览资源栈 (PreviewResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            parameters: 参数列表，json字符串 (since 2.5.0; maxLength 524288)
            pre_parameters: preParameters (maxLength 524288)
            template_content: 模板内容 (since 2.5.0; maxLength 4194304)
            type: type (since 2.5.0; enum {'zstack'})
            uuid: 模板的UUID (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PREVIEW_RESOURCE_STACK,
            {
                "parameters": parameters,
                "preParameters": pre_parameters,
                "templateContent": template_content,
                "type": type,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_event_from_resource_stack(
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
    ) -> QueryEventFromResourceStackResult:
        """查询资源栈内事件列表 (QueryEventFromResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_EVENT_FROM_RESOURCE_STACK,
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

    def query_event_from_resource_stack_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CloudFormationStackEventInventory]:
        """Every result of ``query_event_from_resource_stack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_EVENT_FROM_RESOURCE_STACK,
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

    async def query_resource_stack(
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
    ) -> QueryResourceStackResult:
        """查询资源栈 (QueryResourceStack).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_RESOURCE_STACK,
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

    def query_resource_stack_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ResourceStackInventory]:
        """Every result of ``query_resource_stack``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_RESOURCE_STACK,
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

    async def query_stack_template(
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
    ) -> QueryStackTemplateResult:
        """查询资源栈模板 (QueryStackTemplate).

        Since ZStack 2.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_STACK_TEMPLATE,
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

    def query_stack_template_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[StackTemplateInventory]:
        """Every result of ``query_stack_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_STACK_TEMPLATE,
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

    async def restart_resource_stack(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RestartResourceStackResult:
        """重启资源栈 (RestartResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESTART_RESOURCE_STACK,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_resource_stack(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: str | None = None,
        rollback: bool | None = None,
        template_content: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateResourceStackResult:
        """修改资源栈 (UpdateResourceStack).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 堆栈的UUID (since 2.5.0)
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            parameters: 堆栈参数列表，json字符串 (since 2.5.0; maxLength 524288)
            rollback: 创建失败是否回滚 (since 2.5.0)
            template_content: 堆栈内容，json字符串 (since 2.5.0; maxLength 4194304)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_RESOURCE_STACK,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "rollback": rollback,
                "templateContent": template_content,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_stack_template(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: bool | None = None,
        template_content: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateStackTemplateResult:
        """修改资源栈模板 (UpdateStackTemplate).

        Since ZStack 2.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 模板的UUID (since 2.5.0)
            description: 资源的详细描述 (since 2.5.0; maxLength 2048)
            name: 资源名称 (since 2.5.0; maxLength 255)
            state: 模板是否可用 (since 2.5.0)
            template_content: 模板内容，json字符串 (since 2.5.0; maxLength 4194304)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_STACK_TEMPLATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "templateContent": template_content,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

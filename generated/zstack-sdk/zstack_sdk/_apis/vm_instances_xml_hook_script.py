"""``client.vm_instances_xml_hook_script``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_user_defined_xml_hook_script_to_vm_result import (
        AttachUserDefinedXmlHookScriptToVmResult,
    )
    from ..models.create_vm_user_defined_xml_hook_script_result import (
        CreateVmUserDefinedXmlHookScriptResult,
    )
    from ..models.detach_user_defined_xml_hook_script_from_vm_result import (
        DetachUserDefinedXmlHookScriptFromVmResult,
    )
    from ..models.expunge_vm_user_defined_xml_hook_script_result import (
        ExpungeVmUserDefinedXmlHookScriptResult,
    )
    from ..models.query_vm_user_defined_xml_hook_script_result import (
        QueryVmUserDefinedXmlHookScriptResult,
    )
    from ..models.update_vm_user_defined_xml_hook_script_result import (
        UpdateVmUserDefinedXmlHookScriptResult,
    )
    from ..models.xml_hook_inventory import XmlHookInventory

__all__ = ["AsyncVmInstancesXmlHookScriptApi", "VmInstancesXmlHookScriptApi"]


ATTACH_USER_DEFINED_XML_HOOK_SCRIPT_TO_VM: Api[AttachUserDefinedXmlHookScriptToVmResult] = Api(
    "AttachUserDefinedXmlHookScriptToVm",
    "POST",
    "/xmlhook/{xmlHookUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("xmlHookUuid", "path", "5.2.0"),
        ("vmInstanceUuid", "path", "5.2.0"),
        ("startupStrategy", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=("xml_hook_uuid", "vm_instance_uuid", "startup_strategy", "system_tags", "user_tags"),
    required=("xmlHookUuid", "vmInstanceUuid"),
    body_key="params",
    since="5.2.0",
    result=".models.attach_user_defined_xml_hook_script_to_vm_result:AttachUserDefinedXmlHookScriptToVmResult",
    checks=(("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),),
)

CREATE_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[CreateVmUserDefinedXmlHookScriptResult] = Api(
    "CreateVmUserDefinedXmlHookScript",
    "POST",
    "/vm-instances/xml-hook-script",
    params=(
        ("description", "body", "5.2.0"),
        ("hookScript", "body", "5.2.0"),
        ("name", "body", "5.2.0"),
        ("resourceUuid", "body", "5.2.0"),
        ("tagUuids", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=(
        "description",
        "hook_script",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("hookScript", "name"),
    body_key="params",
    since="5.2.0",
    result=".models.create_vm_user_defined_xml_hook_script_result:CreateVmUserDefinedXmlHookScriptResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DETACH_USER_DEFINED_XML_HOOK_SCRIPT_FROM_VM: Api[DetachUserDefinedXmlHookScriptFromVmResult] = Api(
    "DetachUserDefinedXmlHookScriptFromVm",
    "DELETE",
    "/xmlhook/vm-instances/{vmInstanceUuid}/detach",
    params=(
        ("vmInstanceUuid", "path", "5.2.0"),
        ("startupStrategy", "query", "5.2.0"),
        ("deleteMode", "query", "5.2.0"),
        ("systemTags", "query", "5.2.0"),
        ("userTags", "query", "5.2.0"),
    ),
    names=("vm_instance_uuid", "startup_strategy", "delete_mode", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="5.2.0",
    result=".models.detach_user_defined_xml_hook_script_from_vm_result:DetachUserDefinedXmlHookScriptFromVmResult",
    checks=(("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),),
)

EXPUNGE_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[ExpungeVmUserDefinedXmlHookScriptResult] = Api(
    "ExpungeVmUserDefinedXmlHookScript",
    "DELETE",
    "/vm-instances/xml-hook-script",
    params=(
        ("uuid", "query", "5.2.0"),
        ("systemTags", "query", "5.2.0"),
        ("userTags", "query", "5.2.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.2.0",
    result=".models.expunge_vm_user_defined_xml_hook_script_result:ExpungeVmUserDefinedXmlHookScriptResult",
)

QUERY_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[QueryVmUserDefinedXmlHookScriptResult] = Api(
    "QueryVmUserDefinedXmlHookScript",
    "GET",
    "/vm-instances/xml-hook-script",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vm_user_defined_xml_hook_script_result:QueryVmUserDefinedXmlHookScriptResult",
    query=True,
    alt_paths=("/vm-instances/xml-hook-script/{uuid}",),
)

UPDATE_VM_USER_DEFINED_XML_HOOK_SCRIPT: Api[UpdateVmUserDefinedXmlHookScriptResult] = Api(
    "UpdateVmUserDefinedXmlHookScript",
    "PUT",
    "/vm-instances/xml-hook-script",
    params=(
        ("description", "body", "5.2.0"),
        ("hookScript", "body", "5.2.0"),
        ("name", "body", "5.2.0"),
        ("startupStrategy", "body", "5.2.0"),
        ("uuid", "body", "5.2.0"),
        ("systemTags", "root", "5.2.0"),
        ("userTags", "root", "5.2.0"),
    ),
    names=(
        "description",
        "hook_script",
        "name",
        "startup_strategy",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateVmUserDefinedXmlHookScript",
    since="5.2.0",
    result=".models.update_vm_user_defined_xml_hook_script_result:UpdateVmUserDefinedXmlHookScriptResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),
    ),
)


class VmInstancesXmlHookScriptApi(SyncNamespace):
    """vm-instances-xml-hook-script: 6 APIs (AttachUserDefinedXmlHookScriptToVm, CreateVmUserDefinedXmlHookScript, DetachUserDefinedXmlHookScriptFromVm, ...)."""

    __slots__ = ()

    def attach_user_defined_xml_hook_script_to_vm(
        self,
        *,
        xml_hook_uuid: str,
        vm_instance_uuid: str,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUserDefinedXmlHookScriptToVmResult:
        """挂载用户自定义XML Hook到云主机 (AttachUserDefinedXmlHookScriptToVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            xml_hook_uuid: xml hook UUID (since 5.2.0)
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_USER_DEFINED_XML_HOOK_SCRIPT_TO_VM,
            {
                "xmlHookUuid": xml_hook_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "startupStrategy": startup_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_user_defined_xml_hook_script(
        self,
        *,
        hook_script: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmUserDefinedXmlHookScriptResult:
        """创建用户自定义XML Hook (CreateVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 2048)
            hook_script: xml hook脚本内容 (since 5.2.0)
            name: 资源名称 (since 5.2.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.2.0)
            tag_uuids: 标签UUID列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "description": description,
                "hookScript": hook_script,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_user_defined_xml_hook_script_from_vm(
        self,
        *,
        vm_instance_uuid: str,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachUserDefinedXmlHookScriptFromVmResult:
        """从云主机卸载用户自定义XML Hook (DetachUserDefinedXmlHookScriptFromVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            delete_mode: 删除模式 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_USER_DEFINED_XML_HOOK_SCRIPT_FROM_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "startupStrategy": startup_strategy,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def expunge_vm_user_defined_xml_hook_script(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeVmUserDefinedXmlHookScriptResult:
        """彻底删除用户自定义XML Hook (ExpungeVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_vm_user_defined_xml_hook_script(
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
    ) -> QueryVmUserDefinedXmlHookScriptResult:
        """查询用户自定义XML Hook (QueryVmUserDefinedXmlHookScript).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_USER_DEFINED_XML_HOOK_SCRIPT,
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

    def query_vm_user_defined_xml_hook_script_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[XmlHookInventory]:
        """Every result of ``query_vm_user_defined_xml_hook_script``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_USER_DEFINED_XML_HOOK_SCRIPT,
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

    def update_vm_user_defined_xml_hook_script(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hook_script: str | None = None,
        name: str | None = None,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmUserDefinedXmlHookScriptResult:
        """更新用户自定义XML Hook (UpdateVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 2048)
            hook_script: XML Hook 脚本内容 (since 5.2.0)
            name: 资源名称 (since 5.2.0; maxLength 255)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "description": description,
                "hookScript": hook_script,
                "name": name,
                "startupStrategy": startup_strategy,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVmInstancesXmlHookScriptApi(AsyncNamespace):
    """vm-instances-xml-hook-script: 6 APIs (AttachUserDefinedXmlHookScriptToVm, CreateVmUserDefinedXmlHookScript, DetachUserDefinedXmlHookScriptFromVm, ...). (asyncio)"""

    __slots__ = ()

    async def attach_user_defined_xml_hook_script_to_vm(
        self,
        *,
        xml_hook_uuid: str,
        vm_instance_uuid: str,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUserDefinedXmlHookScriptToVmResult:
        """挂载用户自定义XML Hook到云主机 (AttachUserDefinedXmlHookScriptToVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            xml_hook_uuid: xml hook UUID (since 5.2.0)
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_USER_DEFINED_XML_HOOK_SCRIPT_TO_VM,
            {
                "xmlHookUuid": xml_hook_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "startupStrategy": startup_strategy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_user_defined_xml_hook_script(
        self,
        *,
        hook_script: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmUserDefinedXmlHookScriptResult:
        """创建用户自定义XML Hook (CreateVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 2048)
            hook_script: xml hook脚本内容 (since 5.2.0)
            name: 资源名称 (since 5.2.0; maxLength 255)
            resource_uuid: 资源UUID (since 5.2.0)
            tag_uuids: 标签UUID列表 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "description": description,
                "hookScript": hook_script,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_user_defined_xml_hook_script_from_vm(
        self,
        *,
        vm_instance_uuid: str,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachUserDefinedXmlHookScriptFromVmResult:
        """从云主机卸载用户自定义XML Hook (DetachUserDefinedXmlHookScriptFromVm).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 5.2.0)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            delete_mode: 删除模式 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_USER_DEFINED_XML_HOOK_SCRIPT_FROM_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "startupStrategy": startup_strategy,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def expunge_vm_user_defined_xml_hook_script(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeVmUserDefinedXmlHookScriptResult:
        """彻底删除用户自定义XML Hook (ExpungeVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_vm_user_defined_xml_hook_script(
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
    ) -> QueryVmUserDefinedXmlHookScriptResult:
        """查询用户自定义XML Hook (QueryVmUserDefinedXmlHookScript).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_USER_DEFINED_XML_HOOK_SCRIPT,
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

    def query_vm_user_defined_xml_hook_script_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[XmlHookInventory]:
        """Every result of ``query_vm_user_defined_xml_hook_script``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_USER_DEFINED_XML_HOOK_SCRIPT,
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

    async def update_vm_user_defined_xml_hook_script(
        self,
        *,
        uuid: str,
        description: str | None = None,
        hook_script: str | None = None,
        name: str | None = None,
        startup_strategy: Literal["Reboot", "None"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmUserDefinedXmlHookScriptResult:
        """更新用户自定义XML Hook (UpdateVmUserDefinedXmlHookScript).

        Since ZStack 5.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 5.2.0; maxLength 2048)
            hook_script: XML Hook 脚本内容 (since 5.2.0)
            name: 资源名称 (since 5.2.0; maxLength 255)
            startup_strategy: 启动策略 (since 5.2.0; enum {'Reboot', 'None'})
            uuid: 资源的UUID，唯一标示该资源 (since 5.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_USER_DEFINED_XML_HOOK_SCRIPT,
            {
                "description": description,
                "hookScript": hook_script,
                "name": name,
                "startupStrategy": startup_strategy,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

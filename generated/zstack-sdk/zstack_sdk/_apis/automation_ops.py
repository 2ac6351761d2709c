"""ZStack Cloud API: 25 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_scheduler_job_to_scheduler_trigger_result import (
        AddSchedulerJobToSchedulerTriggerResult,
    )
    from ..models.attach_user_defined_xml_hook_script_to_vm_result import (
        AttachUserDefinedXmlHookScriptToVmResult,
    )
    from ..models.change_scheduler_state_result import ChangeSchedulerStateResult
    from ..models.create_guest_vm_script_result import CreateGuestVmScriptResult
    from ..models.create_scheduler_job_result import CreateSchedulerJobResult
    from ..models.create_scheduler_trigger_result import CreateSchedulerTriggerResult
    from ..models.create_vm_user_defined_xml_hook_script_result import (
        CreateVmUserDefinedXmlHookScriptResult,
    )
    from ..models.delete_guest_vm_script_result import DeleteGuestVmScriptResult
    from ..models.delete_scheduler_job_result import DeleteSchedulerJobResult
    from ..models.delete_scheduler_trigger_result import DeleteSchedulerTriggerResult
    from ..models.detach_user_defined_xml_hook_script_from_vm_result import (
        DetachUserDefinedXmlHookScriptFromVmResult,
    )
    from ..models.execute_guest_vm_script_result import ExecuteGuestVmScriptResult
    from ..models.expunge_vm_user_defined_xml_hook_script_result import (
        ExpungeVmUserDefinedXmlHookScriptResult,
    )
    from ..models.get_no_trigger_scheduler_jobs_result import GetNoTriggerSchedulerJobsResult
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
    from ..models.query_scheduler_job_result import QuerySchedulerJobResult
    from ..models.query_scheduler_trigger_result import QuerySchedulerTriggerResult
    from ..models.query_vm_user_defined_xml_hook_script_result import (
        QueryVmUserDefinedXmlHookScriptResult,
    )
    from ..models.remove_scheduler_job_from_scheduler_trigger_result import (
        RemoveSchedulerJobFromSchedulerTriggerResult,
    )
    from ..models.scheduler_job_inventory import SchedulerJobInventory
    from ..models.scheduler_trigger_inventory import SchedulerTriggerInventory
    from ..models.update_guest_vm_script_result import UpdateGuestVmScriptResult
    from ..models.update_scheduler_job_result import UpdateSchedulerJobResult
    from ..models.update_scheduler_trigger_result import UpdateSchedulerTriggerResult
    from ..models.update_vm_user_defined_xml_hook_script_result import (
        UpdateVmUserDefinedXmlHookScriptResult,
    )
    from ..models.xml_hook_inventory import XmlHookInventory

__all__ = ["AsyncAutomationOpsApi", "AutomationOpsApi"]


ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER: Api[AddSchedulerJobToSchedulerTriggerResult] = Api(
    "AddSchedulerJobToSchedulerTrigger",
    "POST",
    "/scheduler/jobs/{schedulerJobUuid}/scheduler/triggers/{schedulerTriggerUuid}",
    params=(
        ("schedulerJobUuid", "path", "2.1"),
        ("schedulerTriggerUuid", "path", "2.1"),
        ("triggerNow", "body", "3.2.0"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.add_scheduler_job_to_scheduler_trigger_result:AddSchedulerJobToSchedulerTriggerResult",
)

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
    body_key="params",
    since="5.2.0",
    result=".models.attach_user_defined_xml_hook_script_to_vm_result:AttachUserDefinedXmlHookScriptToVmResult",
    checks=(("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),),
)

CHANGE_SCHEDULER_STATE: Api[ChangeSchedulerStateResult] = Api(
    "ChangeSchedulerState",
    "PUT",
    "/schedulers/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("stateEvent", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="changeSchedulerState",
    since="2.1",
    result=".models.change_scheduler_state_result:ChangeSchedulerStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

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

CREATE_SCHEDULER_JOB: Api[CreateSchedulerJobResult] = Api(
    "CreateSchedulerJob",
    "POST",
    "/scheduler/jobs",
    params=(
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("parameters", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("tagUuids", "body", None),
        ("targetResourceUuid", "body", "2.1"),
        ("type", "body", "4.3.0"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.create_scheduler_job_result:CreateSchedulerJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "startVm",
                "stopVm",
                "rebootVm",
                "volumeSnapshot",
                "volumeSnapshotGroup",
                "volumeBackup",
                "rootVolumeBackup",
                "vmBackup",
                "databaseBackup",
                "localRaidSelfTest",
                "runAutoScalingGroup",
                "cancelIAM2ProjectLoginExpired",
                "takeIAM2ProjectLoginExpired",
            ),
        ),
    ),
)

CREATE_SCHEDULER_TRIGGER: Api[CreateSchedulerTriggerResult] = Api(
    "CreateSchedulerTrigger",
    "POST",
    "/scheduler/triggers",
    params=(
        ("cron", "body", "2.1"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("repeatCount", "body", "2.1"),
        ("resourceUuid", "body", "2.1"),
        ("schedulerInterval", "body", "2.1"),
        ("schedulerType", "body", "2.1"),
        ("startTime", "body", "2.1"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="params",
    since="2.1",
    result=".models.create_scheduler_trigger_result:CreateSchedulerTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("repeatCount", "repeat_count", "minimum", 0),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("schedulerInterval", "scheduler_interval", "minimum", 1),
        ("schedulerInterval", "scheduler_interval", "maximum", 2147483647),
        ("schedulerType", "scheduler_type", "enum", ("simple", "cron")),
    ),
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
    body_key="params",
    since="5.2.0",
    result=".models.create_vm_user_defined_xml_hook_script_result:CreateVmUserDefinedXmlHookScriptResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
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
    since="5.2.0",
    result=".models.delete_guest_vm_script_result:DeleteGuestVmScriptResult",
)

DELETE_SCHEDULER_JOB: Api[DeleteSchedulerJobResult] = Api(
    "DeleteSchedulerJob",
    "DELETE",
    "/scheduler/jobs/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.delete_scheduler_job_result:DeleteSchedulerJobResult",
)

DELETE_SCHEDULER_TRIGGER: Api[DeleteSchedulerTriggerResult] = Api(
    "DeleteSchedulerTrigger",
    "DELETE",
    "/scheduler/triggers/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.delete_scheduler_trigger_result:DeleteSchedulerTriggerResult",
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
    since="5.2.0",
    result=".models.detach_user_defined_xml_hook_script_from_vm_result:DetachUserDefinedXmlHookScriptFromVmResult",
    checks=(("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),),
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
    body_key="executeGuestVmScript",
    since="5.2.0",
    result=".models.execute_guest_vm_script_result:ExecuteGuestVmScriptResult",
    checks=(
        ("scriptTimeout", "script_timeout", "minimum", 10),
        ("scriptTimeout", "script_timeout", "maximum", 86400),
    ),
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
    since="5.2.0",
    result=".models.expunge_vm_user_defined_xml_hook_script_result:ExpungeVmUserDefinedXmlHookScriptResult",
)

GET_NO_TRIGGER_SCHEDULER_JOBS: Api[GetNoTriggerSchedulerJobsResult] = Api(
    "GetNoTriggerSchedulerJobs",
    "GET",
    "/scheduler/jobs/candidates",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.get_no_trigger_scheduler_jobs_result:GetNoTriggerSchedulerJobsResult",
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
        since="5.2.0",
        result=".models.query_guest_vm_script_executed_record_detail_result:QueryGuestVmScriptExecutedRecordDetailResult",
        query=True,
    )
)

QUERY_SCHEDULER_JOB: Api[QuerySchedulerJobResult] = Api(
    "QuerySchedulerJob",
    "GET",
    "/scheduler/jobs",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_scheduler_job_result:QuerySchedulerJobResult",
    query=True,
    alt_paths=("/scheduler/jobs/{uuid}",),
)

QUERY_SCHEDULER_TRIGGER: Api[QuerySchedulerTriggerResult] = Api(
    "QuerySchedulerTrigger",
    "GET",
    "/scheduler/triggers",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    since="2.1",
    result=".models.query_scheduler_trigger_result:QuerySchedulerTriggerResult",
    query=True,
    alt_paths=("/scheduler/triggers/{uuid}",),
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
    since="0.6",
    result=".models.query_vm_user_defined_xml_hook_script_result:QueryVmUserDefinedXmlHookScriptResult",
    query=True,
    alt_paths=("/vm-instances/xml-hook-script/{uuid}",),
)

REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER: Api[RemoveSchedulerJobFromSchedulerTriggerResult] = (
    Api(
        "RemoveSchedulerJobFromSchedulerTrigger",
        "DELETE",
        "/scheduler/jobs/{schedulerJobUuid}/scheduler/triggers/{schedulerTriggerUuid}",
        params=(
            ("schedulerJobUuid", "path", "2.1"),
            ("schedulerTriggerUuid", "path", "2.1"),
            ("systemTags", "query", "2.1"),
            ("userTags", "query", "2.1"),
        ),
        since="2.1",
        result=".models.remove_scheduler_job_from_scheduler_trigger_result:RemoveSchedulerJobFromSchedulerTriggerResult",
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

UPDATE_SCHEDULER_JOB: Api[UpdateSchedulerJobResult] = Api(
    "UpdateSchedulerJob",
    "PUT",
    "/scheduler/jobs/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("parameters", "body", None),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="updateSchedulerJob",
    since="2.1",
    result=".models.update_scheduler_job_result:UpdateSchedulerJobResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SCHEDULER_TRIGGER: Api[UpdateSchedulerTriggerResult] = Api(
    "UpdateSchedulerTrigger",
    "PUT",
    "/scheduler/triggers/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("cron", "body", "2.3"),
        ("description", "body", "2.1"),
        ("name", "body", "2.1"),
        ("repeatCount", "body", "2.3"),
        ("schedulerInterval", "body", "2.3"),
        ("schedulerType", "body", None),
        ("startTime", "body", "2.3"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    body_key="updateSchedulerTrigger",
    since="2.1",
    result=".models.update_scheduler_trigger_result:UpdateSchedulerTriggerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("repeatCount", "repeat_count", "minimum", 0),
        ("repeatCount", "repeat_count", "maximum", 2147483647),
        ("schedulerInterval", "scheduler_interval", "minimum", 1),
        ("schedulerInterval", "scheduler_interval", "maximum", 2147483647),
        ("schedulerType", "scheduler_type", "enum", ("cron", "simple")),
    ),
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
    body_key="updateVmUserDefinedXmlHookScript",
    since="5.2.0",
    result=".models.update_vm_user_defined_xml_hook_script_result:UpdateVmUserDefinedXmlHookScriptResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("startupStrategy", "startup_strategy", "enum", ("Reboot", "None")),
    ),
)


class AutomationOpsApi(SyncAPIClient):
    def add_scheduler_job_to_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobToSchedulerTriggerResult:
        """添加定时任务到定时器 (AddSchedulerJobToSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            trigger_now: triggerNow (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    def change_scheduler_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSchedulerStateResult:
        """改变定时任务状态 (ChangeSchedulerState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state_event: 要设置的定时任务状态 (since 2.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SCHEDULER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_scheduler_job(
        self,
        *,
        name: str,
        target_resource_uuid: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "localRaidSelfTest",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobResult:
        """创建定时任务 (CreateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            parameters: parameters (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.1)
            type: type (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SCHEDULER_JOB,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_scheduler_trigger(
        self,
        *,
        name: str,
        scheduler_type: Literal["simple", "cron"],
        cron: str | None = None,
        description: str | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_interval: int | None = None,
        start_time: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerTriggerResult:
        """创建定时器 (CreateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cron: cron (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            repeat_count: repeatCount (since 2.1; minimum 0; maximum 2147483647)
            resource_uuid: resourceUuid (since 2.1)
            scheduler_interval: 间隔时间 当简单定时任务执行超过一次时，必须设置间隔时间； 简单定时任务永远重复时，必须设置间隔时间 (since 2.1; minimum 1; maximum 2147483647)
            scheduler_type: simple cron (since 2.1; enum {'simple', 'cron'})
            start_time: Unix Time (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SCHEDULER_TRIGGER,
            {
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def delete_scheduler_job(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobResult:
        """删除定时任务 (DeleteSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_scheduler_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerTriggerResult:
        """删除定时器 (DeleteSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def execute_guest_vm_script(
        self,
        *,
        uuid: str,
        vm_instance_uuids: Sequence[Any],
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

    def get_no_trigger_scheduler_jobs(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNoTriggerSchedulerJobsResult:
        """获取未挂载定时器的任务 (GetNoTriggerSchedulerJobs).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_NO_TRIGGER_SCHEDULER_JOBS,
            {
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

    def query_scheduler_job(
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
    ) -> QuerySchedulerJobResult:
        """查询定时任务 (QuerySchedulerJob).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerJobInventory]:
        """Every result of ``query_scheduler_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_trigger(
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
    ) -> QuerySchedulerTriggerResult:
        """查询定时器 (QuerySchedulerTrigger).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SCHEDULER_TRIGGER,
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

    def query_scheduler_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SchedulerTriggerInventory]:
        """Every result of ``query_scheduler_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_TRIGGER,
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

    def remove_scheduler_job_from_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobFromSchedulerTriggerResult:
        """从定时器移除定时任务 (RemoveSchedulerJobFromSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def update_scheduler_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobResult:
        """更新定时任务 (UpdateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            parameters: parameters
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_scheduler_trigger(
        self,
        *,
        uuid: str,
        cron: str | None = None,
        description: str | None = None,
        name: str | None = None,
        repeat_count: int | None = None,
        scheduler_interval: int | None = None,
        scheduler_type: Literal["cron", "simple"] | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerTriggerResult:
        """更新定时器 (UpdateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            cron: cron (since 2.3)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            repeat_count: repeatCount (since 2.3; minimum 0; maximum 2147483647)
            scheduler_interval: schedulerInterval (since 2.3; minimum 1; maximum 2147483647)
            scheduler_type: schedulerType (enum {'cron', 'simple'})
            start_time: startTime (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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


class AsyncAutomationOpsApi(AsyncAPIClient):
    async def add_scheduler_job_to_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        trigger_now: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSchedulerJobToSchedulerTriggerResult:
        """添加定时任务到定时器 (AddSchedulerJobToSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            trigger_now: triggerNow (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SCHEDULER_JOB_TO_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "triggerNow": trigger_now,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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

    async def change_scheduler_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSchedulerStateResult:
        """改变定时任务状态 (ChangeSchedulerState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state_event: 要设置的定时任务状态 (since 2.1; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SCHEDULER_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_scheduler_job(
        self,
        *,
        name: str,
        target_resource_uuid: str,
        type: Literal[
            "startVm",
            "stopVm",
            "rebootVm",
            "volumeSnapshot",
            "volumeSnapshotGroup",
            "volumeBackup",
            "rootVolumeBackup",
            "vmBackup",
            "databaseBackup",
            "localRaidSelfTest",
            "runAutoScalingGroup",
            "cancelIAM2ProjectLoginExpired",
            "takeIAM2ProjectLoginExpired",
        ],
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerJobResult:
        """创建定时任务 (CreateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            parameters: parameters (since 2.1)
            resource_uuid: resourceUuid (since 2.1)
            tag_uuids: tagUuids
            target_resource_uuid: targetResourceUuid (since 2.1)
            type: type (since 4.3.0; enum {'startVm', 'stopVm', 'rebootVm', 'volumeSnapshot', 'volumeSnapshotGroup', 'volumeBackup', 'rootVolumeBackup', 'vmBackup', ...})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SCHEDULER_JOB,
            {
                "description": description,
                "name": name,
                "parameters": parameters,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "targetResourceUuid": target_resource_uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_scheduler_trigger(
        self,
        *,
        name: str,
        scheduler_type: Literal["simple", "cron"],
        cron: str | None = None,
        description: str | None = None,
        repeat_count: int | None = None,
        resource_uuid: str | None = None,
        scheduler_interval: int | None = None,
        start_time: int | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSchedulerTriggerResult:
        """创建定时器 (CreateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cron: cron (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; maxLength 255)
            repeat_count: repeatCount (since 2.1; minimum 0; maximum 2147483647)
            resource_uuid: resourceUuid (since 2.1)
            scheduler_interval: 间隔时间 当简单定时任务执行超过一次时，必须设置间隔时间； 简单定时任务永远重复时，必须设置间隔时间 (since 2.1; minimum 1; maximum 2147483647)
            scheduler_type: simple cron (since 2.1; enum {'simple', 'cron'})
            start_time: Unix Time (since 2.1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SCHEDULER_TRIGGER,
            {
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "resourceUuid": resource_uuid,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "tagUuids": tag_uuids,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def delete_scheduler_job(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerJobResult:
        """删除定时任务 (DeleteSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_scheduler_trigger(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSchedulerTriggerResult:
        """删除定时器 (DeleteSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def execute_guest_vm_script(
        self,
        *,
        uuid: str,
        vm_instance_uuids: Sequence[Any],
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

    async def get_no_trigger_scheduler_jobs(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetNoTriggerSchedulerJobsResult:
        """获取未挂载定时器的任务 (GetNoTriggerSchedulerJobs).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_NO_TRIGGER_SCHEDULER_JOBS,
            {
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

    async def query_scheduler_job(
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
    ) -> QuerySchedulerJobResult:
        """查询定时任务 (QuerySchedulerJob).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_JOB,
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

    def query_scheduler_job_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerJobInventory]:
        """Every result of ``query_scheduler_job``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_JOB,
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

    async def query_scheduler_trigger(
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
    ) -> QuerySchedulerTriggerResult:
        """查询定时器 (QuerySchedulerTrigger).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SCHEDULER_TRIGGER,
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

    def query_scheduler_trigger_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SchedulerTriggerInventory]:
        """Every result of ``query_scheduler_trigger``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SCHEDULER_TRIGGER,
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

    async def remove_scheduler_job_from_scheduler_trigger(
        self,
        *,
        scheduler_job_uuid: str,
        scheduler_trigger_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveSchedulerJobFromSchedulerTriggerResult:
        """从定时器移除定时任务 (RemoveSchedulerJobFromSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            scheduler_job_uuid: 定时任务UUID (since 2.1)
            scheduler_trigger_uuid: 定时器UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SCHEDULER_JOB_FROM_SCHEDULER_TRIGGER,
            {
                "schedulerJobUuid": scheduler_job_uuid,
                "schedulerTriggerUuid": scheduler_trigger_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def update_scheduler_job(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerJobResult:
        """更新定时任务 (UpdateSchedulerJob).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            parameters: parameters
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCHEDULER_JOB,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parameters": parameters,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_scheduler_trigger(
        self,
        *,
        uuid: str,
        cron: str | None = None,
        description: str | None = None,
        name: str | None = None,
        repeat_count: int | None = None,
        scheduler_interval: int | None = None,
        scheduler_type: Literal["cron", "simple"] | None = None,
        start_time: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSchedulerTriggerResult:
        """更新定时器 (UpdateSchedulerTrigger).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            cron: cron (since 2.3)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            name: 资源名称 (since 2.1; minLength 1; maxLength 255)
            repeat_count: repeatCount (since 2.3; minimum 0; maximum 2147483647)
            scheduler_interval: schedulerInterval (since 2.3; minimum 1; maximum 2147483647)
            scheduler_type: schedulerType (enum {'cron', 'simple'})
            start_time: startTime (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SCHEDULER_TRIGGER,
            {
                "uuid": uuid,
                "cron": cron,
                "description": description,
                "name": name,
                "repeatCount": repeat_count,
                "schedulerInterval": scheduler_interval,
                "schedulerType": scheduler_type,
                "startTime": start_time,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

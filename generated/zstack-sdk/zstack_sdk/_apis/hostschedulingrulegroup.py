"""``client.hostschedulingrulegroup``: 16 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.add_host_to_host_scheduling_rule_group_result import (
        AddHostToHostSchedulingRuleGroupResult,
    )
    from ..models.add_vm_to_vm_scheduling_rule_group_result import (
        AddVmToVmSchedulingRuleGroupResult,
    )
    from ..models.change_vm_scheduling_rule_state_result import ChangeVmSchedulingRuleStateResult
    from ..models.create_host_scheduling_rule_group_result import (
        CreateHostSchedulingRuleGroupResult,
    )
    from ..models.create_vm_scheduling_rule_group_result import CreateVmSchedulingRuleGroupResult
    from ..models.create_vm_scheduling_rule_result import CreateVmSchedulingRuleResult
    from ..models.delete_host_scheduling_rule_group_result import (
        DeleteHostSchedulingRuleGroupResult,
    )
    from ..models.delete_vm_scheduling_rule_group_result import DeleteVmSchedulingRuleGroupResult
    from ..models.detach_host_from_host_scheduling_rule_group_result import (
        DetachHostFromHostSchedulingRuleGroupResult,
    )
    from ..models.detach_vm_from_vm_scheduling_rule_group_result import (
        DetachVmFromVmSchedulingRuleGroupResult,
    )
    from ..models.get_vm_scheduling_rules_execute_state_result import (
        GetVmSchedulingRulesExecuteStateResult,
    )
    from ..models.remove_vm_scheduling_rule_result import RemoveVmSchedulingRuleResult
    from ..models.update_host_scheduling_rule_group_result import (
        UpdateHostSchedulingRuleGroupResult,
    )
    from ..models.update_vm_scheduling_rule_group_result import UpdateVmSchedulingRuleGroupResult
    from ..models.update_vm_scheduling_rule_result import UpdateVmSchedulingRuleResult
    from ..models.validate_vm_scheduling_rule_result import ValidateVmSchedulingRuleResult

__all__ = ["AsyncHostschedulingrulegroupApi", "HostschedulingrulegroupApi"]


ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP: Api[AddHostToHostSchedulingRuleGroupResult] = Api(
    "AddHostToHostSchedulingRuleGroup",
    "POST",
    "/hostSchedulingRuleGroup/{hostGroupUuid}/host/{hostUuid}",
    params=(
        ("hostGroupUuid", "path", "4.6.0"),
        ("hostUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("host_group_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("hostGroupUuid", "hostUuid"),
    since="4.6.0",
    result=".models.add_host_to_host_scheduling_rule_group_result:AddHostToHostSchedulingRuleGroupResult",
)

ADD_VM_TO_VM_SCHEDULING_RULE_GROUP: Api[AddVmToVmSchedulingRuleGroupResult] = Api(
    "AddVmToVmSchedulingRuleGroup",
    "POST",
    "/vmSchedulingRuleGroup/{vmGroupUuid}/vmInstance/{vmUuid}",
    params=(
        ("vmGroupUuid", "path", "4.6.0"),
        ("vmUuid", "path", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("vm_group_uuid", "vm_uuid", "system_tags", "user_tags"),
    required=("vmGroupUuid", "vmUuid"),
    since="4.6.0",
    result=".models.add_vm_to_vm_scheduling_rule_group_result:AddVmToVmSchedulingRuleGroupResult",
)

CHANGE_VM_SCHEDULING_RULE_STATE: Api[ChangeVmSchedulingRuleStateResult] = Api(
    "ChangeVmSchedulingRuleState",
    "PUT",
    "/vmSchedulingRule/{uuid}/actions",
    params=(
        ("uuid", "path", "4.6.0"),
        ("state", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("uuid", "state", "system_tags", "user_tags"),
    required=("uuid", "state"),
    body_key="changeVmSchedulingRuleState",
    since="4.6.0",
    result=".models.change_vm_scheduling_rule_state_result:ChangeVmSchedulingRuleStateResult",
    checks=(("state", "state", "enum", ("enable", "disable")),),
)

CREATE_HOST_SCHEDULING_RULE_GROUP: Api[CreateHostSchedulingRuleGroupResult] = Api(
    "CreateHostSchedulingRuleGroup",
    "POST",
    "/hostSchedulingRuleGroup",
    params=(
        ("clusterUuid", "body", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("clusterUuid", "name", "zoneUuid"),
    body_key="params",
    since="4.6.0",
    result=".models.create_host_scheduling_rule_group_result:CreateHostSchedulingRuleGroupResult",
)

CREATE_VM_SCHEDULING_RULE: Api[CreateVmSchedulingRuleResult] = Api(
    "CreateVmSchedulingRule",
    "POST",
    "/vmsSchedulingRule",
    params=(
        ("description", "body", "4.6.0"),
        ("hostGroupUuid", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("policy", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("rule", "body", "4.6.0"),
        ("subType", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("type", "body", "4.6.0"),
        ("vmGroupUuid", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "description",
        "host_group_uuid",
        "mode",
        "name",
        "policy",
        "resource_uuid",
        "rule",
        "sub_type",
        "tag_uuids",
        "type",
        "vm_group_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("mode", "name", "rule", "vmGroupUuid"),
    body_key="params",
    since="4.6.0",
    result=".models.create_vm_scheduling_rule_result:CreateVmSchedulingRuleResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("mode", "mode", "enum", ("SOFT", "HARD")),
        ("name", "name", "maxLength", 255),
        ("policy", "policy", "enum", ("antiSoft", "antiHard")),
        ("rule", "rule", "enum", ("AFFINITY", "ANTIAFFINITY")),
        ("type", "type", "enum", ("host",)),
    ),
)

CREATE_VM_SCHEDULING_RULE_GROUP: Api[CreateVmSchedulingRuleGroupResult] = Api(
    "CreateVmSchedulingRuleGroup",
    "POST",
    "/vmSchedulingRuleGroup",
    params=(
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("resourceUuid", "body", "4.6.0"),
        ("tagUuids", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "zoneUuid"),
    body_key="params",
    since="4.6.0",
    result=".models.create_vm_scheduling_rule_group_result:CreateVmSchedulingRuleGroupResult",
)

DELETE_HOST_SCHEDULING_RULE_GROUP: Api[DeleteHostSchedulingRuleGroupResult] = Api(
    "DeleteHostSchedulingRuleGroup",
    "DELETE",
    "/hostSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.6.0",
    result=".models.delete_host_scheduling_rule_group_result:DeleteHostSchedulingRuleGroupResult",
)

DELETE_VM_SCHEDULING_RULE_GROUP: Api[DeleteVmSchedulingRuleGroupResult] = Api(
    "DeleteVmSchedulingRuleGroup",
    "DELETE",
    "/vmSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.6.0",
    result=".models.delete_vm_scheduling_rule_group_result:DeleteVmSchedulingRuleGroupResult",
)

DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP: Api[DetachHostFromHostSchedulingRuleGroupResult] = Api(
    "DetachHostFromHostSchedulingRuleGroup",
    "DELETE",
    "/hostSchedulingRuleGroup/{hostGroupUuid}/host",
    params=(
        ("hostGroupUuid", "path", "4.6.0"),
        ("hostUuid", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("host_group_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("hostGroupUuid", "hostUuid"),
    since="4.6.0",
    result=".models.detach_host_from_host_scheduling_rule_group_result:DetachHostFromHostSchedulingRuleGroupResult",
)

DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP: Api[DetachVmFromVmSchedulingRuleGroupResult] = Api(
    "DetachVmFromVmSchedulingRuleGroup",
    "DELETE",
    "/vmSchedulingRuleGroup/{vmGroupUuid}/vmInstance/",
    params=(
        ("vmGroupUuid", "path", "4.6.0"),
        ("vmUuid", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("vm_group_uuid", "vm_uuid", "system_tags", "user_tags"),
    required=("vmGroupUuid", "vmUuid"),
    since="4.6.0",
    result=".models.detach_vm_from_vm_scheduling_rule_group_result:DetachVmFromVmSchedulingRuleGroupResult",
)

GET_VM_SCHEDULING_RULES_EXECUTE_STATE: Api[GetVmSchedulingRulesExecuteStateResult] = Api(
    "GetVmSchedulingRulesExecuteState",
    "POST",
    "/get/vmSchedulingRules/conflict/state",
    params=(
        ("uuids", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("uuids", "system_tags", "user_tags"),
    required=("uuids",),
    body_key="params",
    since="4.6.0",
    result=".models.get_vm_scheduling_rules_execute_state_result:GetVmSchedulingRulesExecuteStateResult",
)

REMOVE_VM_SCHEDULING_RULE: Api[RemoveVmSchedulingRuleResult] = Api(
    "RemoveVmSchedulingRule",
    "DELETE",
    "/vmSchedulingRule/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("deleteMode", "query", "4.6.0"),
        ("systemTags", "query", "4.6.0"),
        ("userTags", "query", "4.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.6.0",
    result=".models.remove_vm_scheduling_rule_result:RemoveVmSchedulingRuleResult",
)

UPDATE_HOST_SCHEDULING_RULE_GROUP: Api[UpdateHostSchedulingRuleGroupResult] = Api(
    "UpdateHostSchedulingRuleGroup",
    "PUT",
    "/hostSchedulingRuleGroup/{uuid}",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateHostSchedulingRuleGroup",
    since="4.6.0",
    result=".models.update_host_scheduling_rule_group_result:UpdateHostSchedulingRuleGroupResult",
)

UPDATE_VM_SCHEDULING_RULE: Api[UpdateVmSchedulingRuleResult] = Api(
    "UpdateVmSchedulingRule",
    "PUT",
    "/vmSchedulingRule/{uuid}/update",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("uuid", "description", "mode", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVmSchedulingRule",
    since="4.6.0",
    result=".models.update_vm_scheduling_rule_result:UpdateVmSchedulingRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_VM_SCHEDULING_RULE_GROUP: Api[UpdateVmSchedulingRuleGroupResult] = Api(
    "UpdateVmSchedulingRuleGroup",
    "PUT",
    "/vmSchedulingRuleGroup/{uuid}/update",
    params=(
        ("uuid", "path", "4.6.0"),
        ("description", "body", "4.6.0"),
        ("name", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVmSchedulingRuleGroup",
    since="4.6.0",
    result=".models.update_vm_scheduling_rule_group_result:UpdateVmSchedulingRuleGroupResult",
)

VALIDATE_VM_SCHEDULING_RULE: Api[ValidateVmSchedulingRuleResult] = Api(
    "ValidateVmSchedulingRule",
    "PUT",
    "/validate/vmSchedulingRule",
    params=(
        ("hostGroupUuid", "body", "4.6.0"),
        ("mode", "body", "4.6.0"),
        ("rule", "body", "4.6.0"),
        ("vmGroupUuid", "body", "4.6.0"),
        ("zoneUuid", "body", "4.6.0"),
        ("systemTags", "root", "4.6.0"),
        ("userTags", "root", "4.6.0"),
    ),
    names=(
        "host_group_uuid",
        "mode",
        "rule",
        "vm_group_uuid",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("mode", "rule", "vmGroupUuid"),
    body_key="validateVmSchedulingRule",
    since="4.6.0",
    result=".models.validate_vm_scheduling_rule_result:ValidateVmSchedulingRuleResult",
    checks=(
        ("mode", "mode", "enum", ("SOFT", "HARD")),
        ("rule", "rule", "enum", ("AFFINITY", "ANTIAFFINITY")),
    ),
)


class HostschedulingrulegroupApi(SyncNamespace):
    """hostschedulingrulegroup: 16 APIs (AddHostToHostSchedulingRuleGroup, AddVmToVmSchedulingRuleGroup, ChangeVmSchedulingRuleState, ...)."""

    __slots__ = ()

    def add_host_to_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostToHostSchedulingRuleGroupResult:
        """添加物理机到物理机调度组 (AddHostToHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_to_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToVmSchedulingRuleGroupResult:
        """添加云主机到云主机调度组 (AddVmToVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_TO_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_scheduling_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmSchedulingRuleStateResult:
        """变更云主机调度策略启用状态 (ChangeVmSchedulingRuleState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            state: 改变为的状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_SCHEDULING_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_host_scheduling_rule_group(
        self,
        *,
        cluster_uuid: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostSchedulingRuleGroupResult:
        """创建物理机调度组 (CreateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        name: str,
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        description: str | None = None,
        host_group_uuid: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleResult:
        """创建云主机调度策略 (CreateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0; maxLength 255)
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行力度 (since 4.6.0; enum {'SOFT', 'HARD'})
            name: 资源名称 (since 4.6.0; maxLength 255)
            policy: policy (since 4.6.0; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 4.6.0)
            rule: 规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            sub_type: subType (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0; enum {'host'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_SCHEDULING_RULE,
            {
                "description": description,
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vm_scheduling_rule_group(
        self,
        *,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleGroupResult:
        """创建云主机调度组 (CreateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VM_SCHEDULING_RULE_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostSchedulingRuleGroupResult:
        """删除物理机调度组 (DeleteHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSchedulingRuleGroupResult:
        """删除云主机调度组 (DeleteVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_host_from_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHostFromHostSchedulingRuleGroupResult:
        """从物理机调度组解绑物理机 (DetachHostFromHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_vm_from_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVmFromVmSchedulingRuleGroupResult:
        """从云主机调度组解绑云主机 (DetachVmFromVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vm_scheduling_rules_execute_state(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSchedulingRulesExecuteStateResult:
        """获取云主机调度组执行状态 (GetVmSchedulingRulesExecuteState).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: VM调度组UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_SCHEDULING_RULES_EXECUTE_STATE,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmSchedulingRuleResult:
        """移除云主机调度策略 (RemoveVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostSchedulingRuleGroupResult:
        """更新物理机调度组 (UpdateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleResult:
        """更新云主机调度策略 (UpdateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0; maxLength 2048)
            mode: mode (since 4.6.0)
            name: 资源名称 (since 4.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleGroupResult:
        """更新云主机调度组 (UpdateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        host_group_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVmSchedulingRuleResult:
        """从云主机调度组校验调度策略 (ValidateVmSchedulingRule).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行模式 (since 4.6.0; enum {'SOFT', 'HARD'})
            rule: 调度规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_VM_SCHEDULING_RULE,
            {
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "rule": rule,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHostschedulingrulegroupApi(AsyncNamespace):
    """hostschedulingrulegroup: 16 APIs (AddHostToHostSchedulingRuleGroup, AddVmToVmSchedulingRuleGroup, ChangeVmSchedulingRuleState, ...). (asyncio)"""

    __slots__ = ()

    async def add_host_to_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostToHostSchedulingRuleGroupResult:
        """添加物理机到物理机调度组 (AddHostToHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_HOST_TO_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_to_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmToVmSchedulingRuleGroupResult:
        """添加云主机到云主机调度组 (AddVmToVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_TO_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_scheduling_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmSchedulingRuleStateResult:
        """变更云主机调度策略启用状态 (ChangeVmSchedulingRuleState).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            state: 改变为的状态 (since 4.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_SCHEDULING_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_host_scheduling_rule_group(
        self,
        *,
        cluster_uuid: str,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHostSchedulingRuleGroupResult:
        """创建物理机调度组 (CreateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        name: str,
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        description: str | None = None,
        host_group_uuid: str | None = None,
        policy: Literal["antiSoft", "antiHard"] | None = None,
        resource_uuid: str | None = None,
        sub_type: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["host"] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleResult:
        """创建云主机调度策略 (CreateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0; maxLength 255)
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行力度 (since 4.6.0; enum {'SOFT', 'HARD'})
            name: 资源名称 (since 4.6.0; maxLength 255)
            policy: policy (since 4.6.0; enum {'antiSoft', 'antiHard'})
            resource_uuid: 资源UUID (since 4.6.0)
            rule: 规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            sub_type: subType (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            type: type (since 4.6.0; enum {'host'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_SCHEDULING_RULE,
            {
                "description": description,
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "name": name,
                "policy": policy,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "subType": sub_type,
                "tagUuids": tag_uuids,
                "type": type,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vm_scheduling_rule_group(
        self,
        *,
        name: str,
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVmSchedulingRuleGroupResult:
        """创建云主机调度组 (CreateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            resource_uuid: 资源UUID (since 4.6.0)
            tag_uuids: 标签UUID列表 (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VM_SCHEDULING_RULE_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteHostSchedulingRuleGroupResult:
        """删除物理机调度组 (DeleteHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmSchedulingRuleGroupResult:
        """删除云主机调度组 (DeleteVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_host_from_host_scheduling_rule_group(
        self,
        *,
        host_group_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachHostFromHostSchedulingRuleGroupResult:
        """从物理机调度组解绑物理机 (DetachHostFromHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            host_uuid: 物理机UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_HOST_FROM_HOST_SCHEDULING_RULE_GROUP,
            {
                "hostGroupUuid": host_group_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_vm_from_vm_scheduling_rule_group(
        self,
        *,
        vm_group_uuid: str,
        vm_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachVmFromVmSchedulingRuleGroupResult:
        """从云主机调度组解绑云主机 (DetachVmFromVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            vm_uuid: VM UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_VM_FROM_VM_SCHEDULING_RULE_GROUP,
            {
                "vmGroupUuid": vm_group_uuid,
                "vmUuid": vm_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vm_scheduling_rules_execute_state(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmSchedulingRulesExecuteStateResult:
        """获取云主机调度组执行状态 (GetVmSchedulingRulesExecuteState).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            uuids: VM调度组UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_SCHEDULING_RULES_EXECUTE_STATE,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmSchedulingRuleResult:
        """移除云主机调度策略 (RemoveVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            delete_mode: 删除模式 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostSchedulingRuleGroupResult:
        """更新物理机调度组 (UpdateHostSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_scheduling_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleResult:
        """更新云主机调度策略 (UpdateVmSchedulingRule).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0; maxLength 2048)
            mode: mode (since 4.6.0)
            name: 资源名称 (since 4.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_SCHEDULING_RULE,
            {
                "uuid": uuid,
                "description": description,
                "mode": mode,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vm_scheduling_rule_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVmSchedulingRuleGroupResult:
        """更新云主机调度组 (UpdateVmSchedulingRuleGroup).

        Since ZStack 4.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.6.0)
            description: 资源的详细描述 (since 4.6.0)
            name: 资源名称 (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VM_SCHEDULING_RULE_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_vm_scheduling_rule(
        self,
        *,
        mode: Literal["SOFT", "HARD"],
        rule: Literal["AFFINITY", "ANTIAFFINITY"],
        vm_group_uuid: str,
        host_group_uuid: str | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateVmSchedulingRuleResult:
        """从云主机调度组校验调度策略 (ValidateVmSchedulingRule).

        Since ZStack 4.6.0. Synchronous (a 202 is still followed).

        Args:
            host_group_uuid: 物理机调度组UUID (since 4.6.0)
            mode: 执行模式 (since 4.6.0; enum {'SOFT', 'HARD'})
            rule: 调度规则 (since 4.6.0; enum {'AFFINITY', 'ANTIAFFINITY'})
            vm_group_uuid: VM调度组UUID (since 4.6.0)
            zone_uuid: 区域UUID (since 4.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_VM_SCHEDULING_RULE,
            {
                "hostGroupUuid": host_group_uuid,
                "mode": mode,
                "rule": rule,
                "vmGroupUuid": vm_group_uuid,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

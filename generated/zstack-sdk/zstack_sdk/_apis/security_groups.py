"""``client.security_groups``: 20 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_security_group_rule_result import AddSecurityGroupRuleResult
    from ..models.add_vm_nic_to_security_group_result import AddVmNicToSecurityGroupResult
    from ..models.attach_security_group_to_l3_network_result import (
        AttachSecurityGroupToL3NetworkResult,
    )
    from ..models.change_security_group_rule_result import ChangeSecurityGroupRuleResult
    from ..models.change_security_group_rule_state_result import ChangeSecurityGroupRuleStateResult
    from ..models.change_security_group_state_result import ChangeSecurityGroupStateResult
    from ..models.create_security_group_result import CreateSecurityGroupResult
    from ..models.delete_security_group_result import DeleteSecurityGroupResult
    from ..models.delete_security_group_rule_result import DeleteSecurityGroupRuleResult
    from ..models.delete_vm_nic_from_security_group_result import DeleteVmNicFromSecurityGroupResult
    from ..models.detach_security_group_from_l3_network_result import (
        DetachSecurityGroupFromL3NetworkResult,
    )
    from ..models.get_candidate_vm_nic_for_security_group_result import (
        GetCandidateVmNicForSecurityGroupResult,
    )
    from ..models.query_security_group_result import QuerySecurityGroupResult
    from ..models.query_security_group_rule_result import QuerySecurityGroupRuleResult
    from ..models.query_vm_nic_in_security_group_result import QueryVmNicInSecurityGroupResult
    from ..models.query_vm_nic_security_policy_result import QueryVmNicSecurityPolicyResult
    from ..models.security_group_inventory import SecurityGroupInventory
    from ..models.security_group_rule_inventory import SecurityGroupRuleInventory
    from ..models.set_vm_nic_security_group_result import SetVmNicSecurityGroupResult
    from ..models.update_security_group_result import UpdateSecurityGroupResult
    from ..models.update_security_group_rule_priority_result import (
        UpdateSecurityGroupRulePriorityResult,
    )
    from ..models.validate_security_group_rule_result import ValidateSecurityGroupRuleResult
    from ..models.vm_nic_security_group_ref_inventory import VmNicSecurityGroupRefInventory
    from ..models.vm_nic_security_policy_inventory import VmNicSecurityPolicyInventory

__all__ = ["AsyncSecurityGroupsApi", "SecurityGroupsApi"]


ADD_SECURITY_GROUP_RULE: Api[AddSecurityGroupRuleResult] = Api(
    "AddSecurityGroupRule",
    "POST",
    "/security-groups/{securityGroupUuid}/rules",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("priority", "body", "4.7.21"),
        ("remoteSecurityGroupUuids", "body", "2.1"),
        ("rules", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "security_group_uuid",
        "priority",
        "remote_security_group_uuids",
        "rules",
        "system_tags",
        "user_tags",
    ),
    required=("securityGroupUuid", "rules"),
    body_key="params",
    since="0.6",
    result=".models.add_security_group_rule_result:AddSecurityGroupRuleResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("remoteSecurityGroupUuids", "remote_security_group_uuids", "minItems", 1),
        ("rules", "rules", "minItems", 1),
    ),
)

ADD_VM_NIC_TO_SECURITY_GROUP: Api[AddVmNicToSecurityGroupResult] = Api(
    "AddVmNicToSecurityGroup",
    "POST",
    "/security-groups/{securityGroupUuid}/vm-instances/nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("vmNicUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("security_group_uuid", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("securityGroupUuid", "vmNicUuids"),
    body_key="params",
    since="0.6",
    result=".models.add_vm_nic_to_security_group_result:AddVmNicToSecurityGroupResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

ATTACH_SECURITY_GROUP_TO_L3_NETWORK: Api[AttachSecurityGroupToL3NetworkResult] = Api(
    "AttachSecurityGroupToL3Network",
    "POST",
    "/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("security_group_uuid", "l3_network_uuid", "system_tags", "user_tags"),
    required=("securityGroupUuid", "l3NetworkUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_security_group_to_l3_network_result:AttachSecurityGroupToL3NetworkResult",
)

CHANGE_SECURITY_GROUP_RULE: Api[ChangeSecurityGroupRuleResult] = Api(
    "ChangeSecurityGroupRule",
    "PUT",
    "/security-groups/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.21"),
        ("action", "body", "4.7.21"),
        ("description", "body", "4.7.21"),
        ("dstIpRange", "body", "4.7.21"),
        ("dstPortRange", "body", "4.7.21"),
        ("priority", "body", "4.7.21"),
        ("protocol", "body", "4.7.21"),
        ("remoteSecurityGroupUuid", "body", "4.7.21"),
        ("srcIpRange", "body", "4.7.21"),
        ("state", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=(
        "uuid",
        "action",
        "description",
        "dst_ip_range",
        "dst_port_range",
        "priority",
        "protocol",
        "remote_security_group_uuid",
        "src_ip_range",
        "state",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="changeSecurityGroupRule",
    since="4.7.21",
    result=".models.change_security_group_rule_result:ChangeSecurityGroupRuleResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "minLength", 1),
        ("action", "action", "enum", ("DROP", "ACCEPT")),
        ("description", "description", "maxLength", 255),
        ("dstIpRange", "dst_ip_range", "maxLength", 1024),
        ("dstPortRange", "dst_port_range", "maxLength", 255),
        ("protocol", "protocol", "minLength", 1),
        ("protocol", "protocol", "enum", ("ALL", "TCP", "UDP", "ICMP")),
        ("srcIpRange", "src_ip_range", "maxLength", 1024),
        ("state", "state", "minLength", 1),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

CHANGE_SECURITY_GROUP_RULE_STATE: Api[ChangeSecurityGroupRuleStateResult] = Api(
    "ChangeSecurityGroupRuleState",
    "PUT",
    "/security-groups/{securityGroupUuid}/rules/state/actions",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("ruleUuids", "body", "4.7.21"),
        ("state", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("security_group_uuid", "rule_uuids", "state", "system_tags", "user_tags"),
    required=("securityGroupUuid", "ruleUuids", "state"),
    body_key="changeSecurityGroupRuleState",
    since="4.7.21",
    result=".models.change_security_group_rule_state_result:ChangeSecurityGroupRuleStateResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("ruleUuids", "rule_uuids", "minItems", 1),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

CHANGE_SECURITY_GROUP_STATE: Api[ChangeSecurityGroupStateResult] = Api(
    "ChangeSecurityGroupState",
    "PUT",
    "/security-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSecurityGroupState",
    since="0.6",
    result=".models.change_security_group_state_result:ChangeSecurityGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_SECURITY_GROUP: Api[CreateSecurityGroupResult] = Api(
    "CreateSecurityGroup",
    "POST",
    "/security-groups",
    params=(
        ("description", "body", "0.6"),
        ("ipVersion", "body", "3.1.0"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "ip_version",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_security_group_result:CreateSecurityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_SECURITY_GROUP: Api[DeleteSecurityGroupResult] = Api(
    "DeleteSecurityGroup",
    "DELETE",
    "/security-groups/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_security_group_result:DeleteSecurityGroupResult",
)

DELETE_SECURITY_GROUP_RULE: Api[DeleteSecurityGroupRuleResult] = Api(
    "DeleteSecurityGroupRule",
    "DELETE",
    "/security-groups/rules",
    params=(
        ("ruleUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("rule_uuids", "system_tags", "user_tags"),
    required=("ruleUuids",),
    since="0.6",
    result=".models.delete_security_group_rule_result:DeleteSecurityGroupRuleResult",
    checks=(("ruleUuids", "rule_uuids", "minItems", 1),),
)

DELETE_VM_NIC_FROM_SECURITY_GROUP: Api[DeleteVmNicFromSecurityGroupResult] = Api(
    "DeleteVmNicFromSecurityGroup",
    "DELETE",
    "/security-groups/{securityGroupUuid}/vm-instances/nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("vmNicUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("security_group_uuid", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("securityGroupUuid", "vmNicUuids"),
    since="0.6",
    result=".models.delete_vm_nic_from_security_group_result:DeleteVmNicFromSecurityGroupResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

DETACH_SECURITY_GROUP_FROM_L3_NETWORK: Api[DetachSecurityGroupFromL3NetworkResult] = Api(
    "DetachSecurityGroupFromL3Network",
    "DELETE",
    "/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("security_group_uuid", "l3_network_uuid", "system_tags", "user_tags"),
    required=("securityGroupUuid", "l3NetworkUuid"),
    since="0.6",
    result=".models.detach_security_group_from_l3_network_result:DetachSecurityGroupFromL3NetworkResult",
)

GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP: Api[GetCandidateVmNicForSecurityGroupResult] = Api(
    "GetCandidateVmNicForSecurityGroup",
    "GET",
    "/security-groups/{securityGroupUuid}/vm-instances/candidate-nics",
    params=(
        ("securityGroupUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("security_group_uuid", "system_tags", "user_tags"),
    required=("securityGroupUuid",),
    since="0.6",
    result=".models.get_candidate_vm_nic_for_security_group_result:GetCandidateVmNicForSecurityGroupResult",
)

QUERY_SECURITY_GROUP: Api[QuerySecurityGroupResult] = Api(
    "QuerySecurityGroup",
    "GET",
    "/security-groups",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_security_group_result:QuerySecurityGroupResult",
    query=True,
    alt_paths=("/security-groups/{uuid}",),
)

QUERY_SECURITY_GROUP_RULE: Api[QuerySecurityGroupRuleResult] = Api(
    "QuerySecurityGroupRule",
    "GET",
    "/security-groups/rules",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_security_group_rule_result:QuerySecurityGroupRuleResult",
    query=True,
    alt_paths=("/security-groups/rules/{uuid}",),
)

QUERY_VM_NIC_IN_SECURITY_GROUP: Api[QueryVmNicInSecurityGroupResult] = Api(
    "QueryVmNicInSecurityGroup",
    "GET",
    "/security-groups/vm-instances/nics",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_vm_nic_in_security_group_result:QueryVmNicInSecurityGroupResult",
    query=True,
)

QUERY_VM_NIC_SECURITY_POLICY: Api[QueryVmNicSecurityPolicyResult] = Api(
    "QueryVmNicSecurityPolicy",
    "GET",
    "/security-groups/nics/security-policy",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.7.21",
    result=".models.query_vm_nic_security_policy_result:QueryVmNicSecurityPolicyResult",
    query=True,
    alt_paths=("/security-groups/nics/{uuid}/security-policy",),
)

SET_VM_NIC_SECURITY_GROUP: Api[SetVmNicSecurityGroupResult] = Api(
    "SetVmNicSecurityGroup",
    "PUT",
    "/security-groups/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "4.7.21"),
        ("refs", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("vm_nic_uuid", "refs", "system_tags", "user_tags"),
    required=("vmNicUuid", "refs"),
    body_key="setVmNicSecurityGroup",
    since="4.7.21",
    result=".models.set_vm_nic_security_group_result:SetVmNicSecurityGroupResult",
    checks=(("vmNicUuid", "vm_nic_uuid", "minLength", 1),),
)

UPDATE_SECURITY_GROUP: Api[UpdateSecurityGroupResult] = Api(
    "UpdateSecurityGroup",
    "PUT",
    "/security-groups/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSecurityGroup",
    since="0.6",
    result=".models.update_security_group_result:UpdateSecurityGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SECURITY_GROUP_RULE_PRIORITY: Api[UpdateSecurityGroupRulePriorityResult] = Api(
    "UpdateSecurityGroupRulePriority",
    "PUT",
    "/security-groups/{securityGroupUuid}/rules/priority/actions",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("rules", "body", "4.7.21"),
        ("type", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("security_group_uuid", "rules", "type", "system_tags", "user_tags"),
    required=("securityGroupUuid", "rules", "type"),
    body_key="updateSecurityGroupRulePriority",
    since="4.7.21",
    result=".models.update_security_group_rule_priority_result:UpdateSecurityGroupRulePriorityResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("rules", "rules", "minItems", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("Ingress", "Egress")),
    ),
)

VALIDATE_SECURITY_GROUP_RULE: Api[ValidateSecurityGroupRuleResult] = Api(
    "ValidateSecurityGroupRule",
    "GET",
    "/security-groups/{securityGroupUuid}/rules/validation",
    params=(
        ("securityGroupUuid", "path", "4.7.21"),
        ("type", "query", "4.7.21"),
        ("protocol", "query", "4.7.21"),
        ("remoteSecurityGroupUuid", "query", "4.7.21"),
        ("ipVersion", "query", "4.7.21"),
        ("srcIpRange", "query", "4.7.21"),
        ("dstIpRange", "query", "4.7.21"),
        ("dstPortRange", "query", "4.7.21"),
        ("action", "query", "4.7.21"),
        ("startPort", "query", "4.7.21"),
        ("endPort", "query", "4.7.21"),
        ("allowedCidr", "query", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=(
        "security_group_uuid",
        "type",
        "protocol",
        "remote_security_group_uuid",
        "ip_version",
        "src_ip_range",
        "dst_ip_range",
        "dst_port_range",
        "action",
        "start_port",
        "end_port",
        "allowed_cidr",
        "system_tags",
        "user_tags",
    ),
    required=("securityGroupUuid", "type", "protocol"),
    since="4.7.21",
    result=".models.validate_security_group_rule_result:ValidateSecurityGroupRuleResult",
    checks=(
        ("securityGroupUuid", "security_group_uuid", "minLength", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("Ingress", "Egress")),
        ("protocol", "protocol", "minLength", 1),
        ("protocol", "protocol", "enum", ("TCP", "UDP", "ICMP", "ALL")),
        ("remoteSecurityGroupUuid", "remote_security_group_uuid", "minLength", 1),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("action", "action", "minLength", 1),
        ("action", "action", "enum", ("ACCEPT", "DROP")),
    ),
)


class SecurityGroupsApi(SyncNamespace):
    """security-groups: 20 APIs (AddSecurityGroupRule, AddVmNicToSecurityGroup, AttachSecurityGroupToL3Network, ...)."""

    __slots__ = ()

    def add_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        priority: int | None = None,
        remote_security_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSecurityGroupRuleResult:
        """添加安全组规则 (AddSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6; minLength 1)
            priority: 规则优先级 (since 4.7.21)
            remote_security_group_uuids: 应用组间策略的远端安全组UUID (since 2.1; minItems 1)
            rules: 安全组中的规则 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "priority": priority,
                "remoteSecurityGroupUuids": remote_security_group_uuids,
                "rules": rules,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_nic_to_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToSecurityGroupResult:
        """添加虚拟机网卡到安全组 (AddVmNicToSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 云主机网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_NIC_TO_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_security_group_to_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSecurityGroupToL3NetworkResult:
        """挂载安全组到L3网络 (AttachSecurityGroupToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SECURITY_GROUP_TO_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_rule(
        self,
        *,
        uuid: str,
        action: Literal["DROP", "ACCEPT"] | None = None,
        description: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        priority: int | None = None,
        protocol: Literal["ALL", "TCP", "UDP", "ICMP"] | None = None,
        remote_security_group_uuid: str | None = None,
        src_ip_range: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleResult:
        """修改安全组规则 (ChangeSecurityGroupRule).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 安全组规则的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            action: 规则的默认动作 (since 4.7.21; minLength 1; enum {'DROP', 'ACCEPT'})
            description: 规则的描述 (since 4.7.21; maxLength 255)
            dst_ip_range: 规则的目的方向IP范围 (since 4.7.21; maxLength 1024)
            dst_port_range: 规则的目的方向端口范围 (since 4.7.21; maxLength 255)
            priority: 规则的优先级 (since 4.7.21)
            protocol: 规则的协议类型 (since 4.7.21; minLength 1; enum {'ALL', 'TCP', 'UDP', 'ICMP'})
            remote_security_group_uuid: 应用组间策略的远端安全组UUID (since 4.7.21)
            src_ip_range: 规则的源方向IP范围 (since 4.7.21; maxLength 1024)
            state: 规则的状态 (since 4.7.21; minLength 1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_RULE,
            {
                "uuid": uuid,
                "action": action,
                "description": description,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "priority": priority,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "srcIpRange": src_ip_range,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_rule_state(
        self,
        *,
        security_group_uuid: str,
        rule_uuids: Sequence[str],
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleStateResult:
        """更改安全组规则状态 (ChangeSecurityGroupRuleState).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rule_uuids: 规则的UUID列表 (since 4.7.21; minItems 1)
            state: 规则的状态 (since 4.7.21; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_RULE_STATE,
            {
                "securityGroupUuid": security_group_uuid,
                "ruleUuids": rule_uuids,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_security_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupStateResult:
        """改变安全组状态 (ChangeSecurityGroupState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 安全组状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_security_group(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSecurityGroupResult:
        """创建安全组 (CreateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_version: ip协议号 (since 3.1.0; enum {4, 6})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SECURITY_GROUP,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_security_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupResult:
        """删除安全组 (DeleteSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive:：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作在这种情况下, 包含失败原因的错误代码会被返回 Enforcing： 云平台会忽略所有错误和权限而直接删除资源;在这种情况下, 删除操作总是会成功 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_security_group_rule(
        self,
        *,
        rule_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupRuleResult:
        """删除安全组规则 (DeleteSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuids: 安全组规则的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECURITY_GROUP_RULE,
            {
                "ruleUuids": rule_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_vm_nic_from_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicFromSecurityGroupResult:
        """从安全组删除虚拟机网卡 (DeleteVmNicFromSecurityGroup).

        从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_VM_NIC_FROM_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_security_group_from_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSecurityGroupFromL3NetworkResult:
        """从L3网络卸载安全组 (DetachSecurityGroupFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SECURITY_GROUP_FROM_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nic_for_security_group(
        self,
        *,
        security_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicForSecurityGroupResult:
        """获取网卡列表清单 (GetCandidateVmNicForSecurityGroup).

        获取可应用安全组的网卡列表清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_security_group(
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
    ) -> QuerySecurityGroupResult:
        """查询安全组 (QuerySecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SecurityGroupInventory]:
        """Every result of ``query_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_rule(
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
    ) -> QuerySecurityGroupRuleResult:
        """查询安全组规则 (QuerySecurityGroupRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_security_group_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SecurityGroupRuleInventory]:
        """Every result of ``query_security_group_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_vm_nic_in_security_group(
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
    ) -> QueryVmNicInSecurityGroupResult:
        """查询应用了安全组的网卡列表 (QueryVmNicInSecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_in_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmNicSecurityGroupRefInventory]:
        """Every result of ``query_vm_nic_in_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_security_policy(
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
    ) -> QueryVmNicSecurityPolicyResult:
        """查询网卡的默认流量策略 (QueryVmNicSecurityPolicy).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def query_vm_nic_security_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmNicSecurityPolicyInventory]:
        """Every result of ``query_vm_nic_security_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def set_vm_nic_security_group(
        self,
        *,
        vm_nic_uuid: str,
        refs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNicSecurityGroupResult:
        """设置网卡的安全组 (SetVmNicSecurityGroup).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            refs: 网卡挂载的安全组 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_NIC_SECURITY_GROUP,
            {
                "vmNicUuid": vm_nic_uuid,
                "refs": refs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupResult:
        """更新安全组 (UpdateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_security_group_rule_priority(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        type: Literal["Ingress", "Egress"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupRulePriorityResult:
        """更新安全组规则优先级 (UpdateSecurityGroupRulePriority).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rules: 规则的优先级 (since 4.7.21; minItems 1)
            type: 规则的类型 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECURITY_GROUP_RULE_PRIORITY,
            {
                "securityGroupUuid": security_group_uuid,
                "rules": rules,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        type: Literal["Ingress", "Egress"],
        protocol: Literal["TCP", "UDP", "ICMP", "ALL"],
        remote_security_group_uuid: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        src_ip_range: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        action: Literal["ACCEPT", "DROP"] | None = None,
        start_port: int | None = None,
        end_port: int | None = None,
        allowed_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSecurityGroupRuleResult:
        """检查安全组规则是否可用 (ValidateSecurityGroupRule).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            type: 安全组规则的方向 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            protocol: 安全组规则的协议类型 (since 4.7.21; minLength 1; enum {'TCP', 'UDP', 'ICMP', 'ALL'})
            remote_security_group_uuid: 远端安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            ip_version: 安全组规则的IP版本 (since 4.7.21; enum {4, 6})
            src_ip_range: 安全组规则的源ip范围 (since 4.7.21)
            dst_ip_range: 安全组规则的目的ip范围 (since 4.7.21)
            dst_port_range: 安全组规则的目的端口范围 (since 4.7.21)
            action: 安全组规则的动作 (since 4.7.21; minLength 1; enum {'ACCEPT', 'DROP'})
            start_port: 安全组规则的起始端口 (since 4.7.21)
            end_port: 安全组规则的结束端口 (since 4.7.21)
            allowed_cidr: 安全组规则的ip范围 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "type": type,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "ipVersion": ip_version,
                "srcIpRange": src_ip_range,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "action": action,
                "startPort": start_port,
                "endPort": end_port,
                "allowedCidr": allowed_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecurityGroupsApi(AsyncNamespace):
    """security-groups: 20 APIs (AddSecurityGroupRule, AddVmNicToSecurityGroup, AttachSecurityGroupToL3Network, ...). (asyncio)"""

    __slots__ = ()

    async def add_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        priority: int | None = None,
        remote_security_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSecurityGroupRuleResult:
        """添加安全组规则 (AddSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6; minLength 1)
            priority: 规则优先级 (since 4.7.21)
            remote_security_group_uuids: 应用组间策略的远端安全组UUID (since 2.1; minItems 1)
            rules: 安全组中的规则 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "priority": priority,
                "remoteSecurityGroupUuids": remote_security_group_uuids,
                "rules": rules,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_nic_to_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToSecurityGroupResult:
        """添加虚拟机网卡到安全组 (AddVmNicToSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 云主机网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_NIC_TO_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_security_group_to_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSecurityGroupToL3NetworkResult:
        """挂载安全组到L3网络 (AttachSecurityGroupToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SECURITY_GROUP_TO_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_rule(
        self,
        *,
        uuid: str,
        action: Literal["DROP", "ACCEPT"] | None = None,
        description: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        priority: int | None = None,
        protocol: Literal["ALL", "TCP", "UDP", "ICMP"] | None = None,
        remote_security_group_uuid: str | None = None,
        src_ip_range: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleResult:
        """修改安全组规则 (ChangeSecurityGroupRule).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 安全组规则的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            action: 规则的默认动作 (since 4.7.21; minLength 1; enum {'DROP', 'ACCEPT'})
            description: 规则的描述 (since 4.7.21; maxLength 255)
            dst_ip_range: 规则的目的方向IP范围 (since 4.7.21; maxLength 1024)
            dst_port_range: 规则的目的方向端口范围 (since 4.7.21; maxLength 255)
            priority: 规则的优先级 (since 4.7.21)
            protocol: 规则的协议类型 (since 4.7.21; minLength 1; enum {'ALL', 'TCP', 'UDP', 'ICMP'})
            remote_security_group_uuid: 应用组间策略的远端安全组UUID (since 4.7.21)
            src_ip_range: 规则的源方向IP范围 (since 4.7.21; maxLength 1024)
            state: 规则的状态 (since 4.7.21; minLength 1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_RULE,
            {
                "uuid": uuid,
                "action": action,
                "description": description,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "priority": priority,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "srcIpRange": src_ip_range,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_rule_state(
        self,
        *,
        security_group_uuid: str,
        rule_uuids: Sequence[str],
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupRuleStateResult:
        """更改安全组规则状态 (ChangeSecurityGroupRuleState).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rule_uuids: 规则的UUID列表 (since 4.7.21; minItems 1)
            state: 规则的状态 (since 4.7.21; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_RULE_STATE,
            {
                "securityGroupUuid": security_group_uuid,
                "ruleUuids": rule_uuids,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_security_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityGroupStateResult:
        """改变安全组状态 (ChangeSecurityGroupState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 安全组状态 (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_security_group(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSecurityGroupResult:
        """创建安全组 (CreateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ip_version: ip协议号 (since 3.1.0; enum {4, 6})
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SECURITY_GROUP,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_security_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupResult:
        """删除安全组 (DeleteSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: Permissive:：如果删除过程中发生错误或者删除不被允许云平台会停止删除操作在这种情况下, 包含失败原因的错误代码会被返回 Enforcing： 云平台会忽略所有错误和权限而直接删除资源;在这种情况下, 删除操作总是会成功 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_security_group_rule(
        self,
        *,
        rule_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityGroupRuleResult:
        """删除安全组规则 (DeleteSecurityGroupRule).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_uuids: 安全组规则的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECURITY_GROUP_RULE,
            {
                "ruleUuids": rule_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_vm_nic_from_security_group(
        self,
        *,
        security_group_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteVmNicFromSecurityGroupResult:
        """从安全组删除虚拟机网卡 (DeleteVmNicFromSecurityGroup).

        从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效。

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            vm_nic_uuids: 网卡的uuid列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_VM_NIC_FROM_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_security_group_from_l3_network(
        self,
        *,
        security_group_uuid: str,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSecurityGroupFromL3NetworkResult:
        """从L3网络卸载安全组 (DetachSecurityGroupFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SECURITY_GROUP_FROM_L3_NETWORK,
            {
                "securityGroupUuid": security_group_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nic_for_security_group(
        self,
        *,
        security_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicForSecurityGroupResult:
        """获取网卡列表清单 (GetCandidateVmNicForSecurityGroup).

        获取可应用安全组的网卡列表清单。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NIC_FOR_SECURITY_GROUP,
            {
                "securityGroupUuid": security_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_security_group(
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
    ) -> QuerySecurityGroupResult:
        """查询安全组 (QuerySecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECURITY_GROUP,
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

    def query_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SecurityGroupInventory]:
        """Every result of ``query_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP,
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

    async def query_security_group_rule(
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
    ) -> QuerySecurityGroupRuleResult:
        """查询安全组规则 (QuerySecurityGroupRule).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECURITY_GROUP_RULE,
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

    def query_security_group_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SecurityGroupRuleInventory]:
        """Every result of ``query_security_group_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_GROUP_RULE,
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

    async def query_vm_nic_in_security_group(
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
    ) -> QueryVmNicInSecurityGroupResult:
        """查询应用了安全组的网卡列表 (QueryVmNicInSecurityGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    def query_vm_nic_in_security_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmNicSecurityGroupRefInventory]:
        """Every result of ``query_vm_nic_in_security_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_IN_SECURITY_GROUP,
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

    async def query_vm_nic_security_policy(
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
    ) -> QueryVmNicSecurityPolicyResult:
        """查询网卡的默认流量策略 (QueryVmNicSecurityPolicy).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    def query_vm_nic_security_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmNicSecurityPolicyInventory]:
        """Every result of ``query_vm_nic_security_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_NIC_SECURITY_POLICY,
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

    async def set_vm_nic_security_group(
        self,
        *,
        vm_nic_uuid: str,
        refs: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmNicSecurityGroupResult:
        """设置网卡的安全组 (SetVmNicSecurityGroup).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 网卡的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            refs: 网卡挂载的安全组 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_NIC_SECURITY_GROUP,
            {
                "vmNicUuid": vm_nic_uuid,
                "refs": refs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_security_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupResult:
        """更新安全组 (UpdateSecurityGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECURITY_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_security_group_rule_priority(
        self,
        *,
        security_group_uuid: str,
        rules: Sequence[Any],
        type: Literal["Ingress", "Egress"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityGroupRulePriorityResult:
        """更新安全组规则优先级 (UpdateSecurityGroupRulePriority).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            rules: 规则的优先级 (since 4.7.21; minItems 1)
            type: 规则的类型 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECURITY_GROUP_RULE_PRIORITY,
            {
                "securityGroupUuid": security_group_uuid,
                "rules": rules,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_security_group_rule(
        self,
        *,
        security_group_uuid: str,
        type: Literal["Ingress", "Egress"],
        protocol: Literal["TCP", "UDP", "ICMP", "ALL"],
        remote_security_group_uuid: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        src_ip_range: str | None = None,
        dst_ip_range: str | None = None,
        dst_port_range: str | None = None,
        action: Literal["ACCEPT", "DROP"] | None = None,
        start_port: int | None = None,
        end_port: int | None = None,
        allowed_cidr: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSecurityGroupRuleResult:
        """检查安全组规则是否可用 (ValidateSecurityGroupRule).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            security_group_uuid: 安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            type: 安全组规则的方向 (since 4.7.21; minLength 1; enum {'Ingress', 'Egress'})
            protocol: 安全组规则的协议类型 (since 4.7.21; minLength 1; enum {'TCP', 'UDP', 'ICMP', 'ALL'})
            remote_security_group_uuid: 远端安全组的UUID，唯一标示该资源 (since 4.7.21; minLength 1)
            ip_version: 安全组规则的IP版本 (since 4.7.21; enum {4, 6})
            src_ip_range: 安全组规则的源ip范围 (since 4.7.21)
            dst_ip_range: 安全组规则的目的ip范围 (since 4.7.21)
            dst_port_range: 安全组规则的目的端口范围 (since 4.7.21)
            action: 安全组规则的动作 (since 4.7.21; minLength 1; enum {'ACCEPT', 'DROP'})
            start_port: 安全组规则的起始端口 (since 4.7.21)
            end_port: 安全组规则的结束端口 (since 4.7.21)
            allowed_cidr: 安全组规则的ip范围 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SECURITY_GROUP_RULE,
            {
                "securityGroupUuid": security_group_uuid,
                "type": type,
                "protocol": protocol,
                "remoteSecurityGroupUuid": remote_security_group_uuid,
                "ipVersion": ip_version,
                "srcIpRange": src_ip_range,
                "dstIpRange": dst_ip_range,
                "dstPortRange": dst_port_range,
                "action": action,
                "startPort": start_port,
                "endPort": end_port,
                "allowedCidr": allowed_cidr,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.vpcfirewalls``: 29 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.apply_rule_set_changes_result import ApplyRuleSetChangesResult
    from ..models.attach_firewall_rule_set_to_l3_result import AttachFirewallRuleSetToL3Result
    from ..models.change_firewall_rule_state_result import ChangeFirewallRuleStateResult
    from ..models.check_firewall_rule_config_file_result import CheckFirewallRuleConfigFileResult
    from ..models.create_firewall_ip_set_template_result import CreateFirewallIpSetTemplateResult
    from ..models.create_firewall_rule_from_config_file_result import (
        CreateFirewallRuleFromConfigFileResult,
    )
    from ..models.create_firewall_rule_result import CreateFirewallRuleResult
    from ..models.create_firewall_rule_set_result import CreateFirewallRuleSetResult
    from ..models.create_firewall_rule_template_result import CreateFirewallRuleTemplateResult
    from ..models.create_vpc_firewall_result import CreateVpcFirewallResult
    from ..models.delete_firewall_ip_set_template_result import DeleteFirewallIpSetTemplateResult
    from ..models.delete_firewall_result import DeleteFirewallResult
    from ..models.delete_firewall_rule_result import DeleteFirewallRuleResult
    from ..models.delete_firewall_rule_set_result import DeleteFirewallRuleSetResult
    from ..models.delete_firewall_rule_template_result import DeleteFirewallRuleTemplateResult
    from ..models.detach_firewall_rule_set_from_l3_result import DetachFirewallRuleSetFromL3Result
    from ..models.query_firewall_ip_set_template_result import QueryFirewallIpSetTemplateResult
    from ..models.query_firewall_rule_result import QueryFirewallRuleResult
    from ..models.query_firewall_rule_set_l3_ref_result import QueryFirewallRuleSetL3RefResult
    from ..models.query_firewall_rule_set_result import QueryFirewallRuleSetResult
    from ..models.query_firewall_rule_template_result import QueryFirewallRuleTemplateResult
    from ..models.query_vpc_firewall_result import QueryVpcFirewallResult
    from ..models.query_vpc_firewall_v_router_ref_result import QueryVpcFirewallVRouterRefResult
    from ..models.refresh_firewall_result import RefreshFirewallResult
    from ..models.update_firewall_ip_set_template_result import UpdateFirewallIpSetTemplateResult
    from ..models.update_firewall_rule_result import UpdateFirewallRuleResult
    from ..models.update_firewall_rule_set_result import UpdateFirewallRuleSetResult
    from ..models.update_firewall_rule_template_result import UpdateFirewallRuleTemplateResult
    from ..models.update_vpc_firewall_result import UpdateVpcFirewallResult
    from ..models.vpc_firewall_inventory import VpcFirewallInventory
    from ..models.vpc_firewall_rule_inventory import VpcFirewallRuleInventory
    from ..models.vpc_firewall_rule_set_inventory import VpcFirewallRuleSetInventory
    from ..models.vpc_firewall_rule_set_l3_ref_inventory import VpcFirewallRuleSetL3RefInventory
    from ..models.vpc_firewall_v_router_ref_inventory import VpcFirewallVRouterRefInventory

__all__ = ["AsyncVpcfirewallsApi", "VpcfirewallsApi"]


APPLY_RULE_SET_CHANGES: Api[ApplyRuleSetChangesResult] = Api(
    "ApplyRuleSetChanges",
    "PUT",
    "/vpcfirewalls/ruleSets/apply/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="applyRuleSetChanges",
    since="4.0.0",
    result=".models.apply_rule_set_changes_result:ApplyRuleSetChangesResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

ATTACH_FIREWALL_RULE_SET_TO_L3: Api[AttachFirewallRuleSetToL3Result] = Api(
    "AttachFirewallRuleSetToL3",
    "POST",
    "/vpcfirewalls/ruleSets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("forward", "body", "3.6.0"),
        ("vpcFirewallUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("rule_set_uuid", "l3_uuid", "forward", "vpc_firewall_uuid", "system_tags", "user_tags"),
    required=("ruleSetUuid", "l3Uuid", "forward", "vpcFirewallUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.attach_firewall_rule_set_to_l3_result:AttachFirewallRuleSetToL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
        ("forward", "forward", "enum", ("in", "out")),
        ("vpcFirewallUuid", "vpc_firewall_uuid", "minLength", 1),
    ),
)

CHANGE_FIREWALL_RULE_STATE: Api[ChangeFirewallRuleStateResult] = Api(
    "ChangeFirewallRuleState",
    "PUT",
    "/vpcfirewalls/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "state", "system_tags", "user_tags"),
    required=("uuid", "state"),
    body_key="changeFirewallRuleState",
    since="3.6.0",
    result=".models.change_firewall_rule_state_result:ChangeFirewallRuleStateResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CHECK_FIREWALL_RULE_CONFIG_FILE: Api[CheckFirewallRuleConfigFileResult] = Api(
    "CheckFirewallRuleConfigFile",
    "POST",
    "/vpcfirewalls/rules/from-file/check",
    params=(
        ("ruleInfo", "body", "4.4.0"),
        ("systemTags", "root", "4.4.0"),
        ("userTags", "root", "4.4.0"),
    ),
    names=("rule_info", "system_tags", "user_tags"),
    required=("ruleInfo",),
    body_key="params",
    since="4.4.0",
    result=".models.check_firewall_rule_config_file_result:CheckFirewallRuleConfigFileResult",
    checks=(("ruleInfo", "rule_info", "minLength", 1),),
)

CREATE_FIREWALL_IP_SET_TEMPLATE: Api[CreateFirewallIpSetTemplateResult] = Api(
    "CreateFirewallIpSetTemplate",
    "POST",
    "/vpcfirewalls/ipset/templates",
    params=(
        ("destValue", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("sourceValue", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "dest_value",
        "name",
        "resource_uuid",
        "source_value",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name", "type"),
    body_key="params",
    since="4.0.0",
    result=".models.create_firewall_ip_set_template_result:CreateFirewallIpSetTemplateResult",
    checks=(
        ("destValue", "dest_value", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("sourceValue", "source_value", "maxLength", 2048),
        ("type", "type", "enum", ("ip", "port")),
    ),
)

CREATE_FIREWALL_RULE: Api[CreateFirewallRuleResult] = Api(
    "CreateFirewallRule",
    "POST",
    "/vpcfirewalls/rules",
    params=(
        ("action", "body", "3.6.0"),
        ("allowStates", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("enableLog", "body", "3.6.0"),
        ("icmpTypeName", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "3.6.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("tcpFlag", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "action",
        "allow_states",
        "description",
        "dest_ip",
        "dest_port",
        "enable_log",
        "icmp_type_name",
        "protocol",
        "resource_uuid",
        "rule_number",
        "rule_set_uuid",
        "source_ip",
        "source_port",
        "state",
        "tag_uuids",
        "tcp_flag",
        "system_tags",
        "user_tags",
    ),
    required=("action", "ruleNumber", "ruleSetUuid", "state"),
    body_key="params",
    since="3.6.0",
    result=".models.create_firewall_rule_result:CreateFirewallRuleResult",
    checks=(
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CREATE_FIREWALL_RULE_FROM_CONFIG_FILE: Api[CreateFirewallRuleFromConfigFileResult] = Api(
    "CreateFirewallRuleFromConfigFile",
    "POST",
    "/vpcfirewalls/rules/from-file",
    params=(
        ("resourceUuid", "body", "4.4.0"),
        ("ruleInfo", "body", "4.4.0"),
        ("tagUuids", "body", "4.4.0"),
        ("systemTags", "root", "4.4.0"),
        ("userTags", "root", "4.4.0"),
    ),
    names=("resource_uuid", "rule_info", "tag_uuids", "system_tags", "user_tags"),
    required=("ruleInfo",),
    body_key="params",
    since="4.4.0",
    result=".models.create_firewall_rule_from_config_file_result:CreateFirewallRuleFromConfigFileResult",
    checks=(("ruleInfo", "rule_info", "minLength", 1),),
)

CREATE_FIREWALL_RULE_SET: Api[CreateFirewallRuleSetResult] = Api(
    "CreateFirewallRuleSet",
    "POST",
    "/vpcfirewalls/ruleSets",
    params=(
        ("actionType", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "action_type",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="3.6.0",
    result=".models.create_firewall_rule_set_result:CreateFirewallRuleSetResult",
    checks=(("actionType", "action_type", "enum", ("drop", "accept", "reject")),),
)

CREATE_FIREWALL_RULE_TEMPLATE: Api[CreateFirewallRuleTemplateResult] = Api(
    "CreateFirewallRuleTemplate",
    "POST",
    "/vpcfirewalls/rules/template",
    params=(
        ("action", "body", "4.0.0"),
        ("allowStates", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("destIp", "body", "4.0.0"),
        ("destPort", "body", "4.0.0"),
        ("enableLog", "body", "4.0.0"),
        ("icmpTypeName", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("protocol", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("ruleNumber", "body", "4.0.0"),
        ("sourceIp", "body", "4.0.0"),
        ("sourcePort", "body", "4.0.0"),
        ("state", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("tcpFlag", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "action",
        "allow_states",
        "description",
        "dest_ip",
        "dest_port",
        "enable_log",
        "icmp_type_name",
        "name",
        "protocol",
        "resource_uuid",
        "rule_number",
        "source_ip",
        "source_port",
        "state",
        "tag_uuids",
        "tcp_flag",
        "system_tags",
        "user_tags",
    ),
    required=("action", "name", "ruleNumber"),
    body_key="params",
    since="4.0.0",
    result=".models.create_firewall_rule_template_result:CreateFirewallRuleTemplateResult",
    checks=(
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

CREATE_VPC_FIREWALL: Api[CreateVpcFirewallResult] = Api(
    "CreateVpcFirewall",
    "POST",
    "/vpcfirewalls",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "3.6.0"),
        ("vpcUuid", "body", "4.0.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "vpc_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vpcUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_vpc_firewall_result:CreateVpcFirewallResult",
    checks=(
        ("name", "name", "maxLength", 255),
        ("vpcUuid", "vpc_uuid", "minLength", 1),
    ),
)

DELETE_FIREWALL: Api[DeleteFirewallResult] = Api(
    "DeleteFirewall",
    "DELETE",
    "/vpcfirewalls/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_firewall_result:DeleteFirewallResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_FIREWALL_IP_SET_TEMPLATE: Api[DeleteFirewallIpSetTemplateResult] = Api(
    "DeleteFirewallIpSetTemplate",
    "DELETE",
    "/vpcfirewalls/ipset/templates/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_firewall_ip_set_template_result:DeleteFirewallIpSetTemplateResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_FIREWALL_RULE: Api[DeleteFirewallRuleResult] = Api(
    "DeleteFirewallRule",
    "DELETE",
    "/vpcfirewalls/rules/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_firewall_rule_result:DeleteFirewallRuleResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_FIREWALL_RULE_SET: Api[DeleteFirewallRuleSetResult] = Api(
    "DeleteFirewallRuleSet",
    "DELETE",
    "/vpcfirewalls/ruleSets/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_firewall_rule_set_result:DeleteFirewallRuleSetResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_FIREWALL_RULE_TEMPLATE: Api[DeleteFirewallRuleTemplateResult] = Api(
    "DeleteFirewallRuleTemplate",
    "DELETE",
    "/vpcfirewalls/rules/templates/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_firewall_rule_template_result:DeleteFirewallRuleTemplateResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DETACH_FIREWALL_RULE_SET_FROM_L3: Api[DetachFirewallRuleSetFromL3Result] = Api(
    "DetachFirewallRuleSetFromL3",
    "POST",
    "/vpcfirewalls/l3networks/{l3Uuid}/ruleSets/{ruleSetUuid}",
    params=(
        ("l3Uuid", "path", "4.0.0"),
        ("ruleSetUuid", "path", "4.0.0"),
        ("forward", "body", "4.0.0"),
        ("vpcFirewallUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("l3_uuid", "rule_set_uuid", "forward", "vpc_firewall_uuid", "system_tags", "user_tags"),
    required=("l3Uuid", "ruleSetUuid", "forward", "vpcFirewallUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.detach_firewall_rule_set_from_l3_result:DetachFirewallRuleSetFromL3Result",
    checks=(
        ("l3Uuid", "l3_uuid", "minLength", 1),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("forward", "forward", "enum", ("in", "out")),
        ("vpcFirewallUuid", "vpc_firewall_uuid", "minLength", 1),
    ),
)

QUERY_FIREWALL_IP_SET_TEMPLATE: Api[QueryFirewallIpSetTemplateResult] = Api(
    "QueryFirewallIpSetTemplate",
    "GET",
    "/vpcfirewalls/ipset/templates",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_firewall_ip_set_template_result:QueryFirewallIpSetTemplateResult",
    query=True,
    alt_paths=("/vpcfirewalls/ipset/templates/{uuid}",),
)

QUERY_FIREWALL_RULE: Api[QueryFirewallRuleResult] = Api(
    "QueryFirewallRule",
    "GET",
    "/vpcfirewalls/rules",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_firewall_rule_result:QueryFirewallRuleResult",
    query=True,
    alt_paths=("/vpcfirewalls/rules/{uuid}",),
)

QUERY_FIREWALL_RULE_SET: Api[QueryFirewallRuleSetResult] = Api(
    "QueryFirewallRuleSet",
    "GET",
    "/vpcfirewalls/ruleSets",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_firewall_rule_set_result:QueryFirewallRuleSetResult",
    query=True,
    alt_paths=("/vpcfirewalls/ruleSets/{uuid}",),
)

QUERY_FIREWALL_RULE_SET_L3_REF: Api[QueryFirewallRuleSetL3RefResult] = Api(
    "QueryFirewallRuleSetL3Ref",
    "GET",
    "/vpcfirewalls/l3networks/rulesets/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_firewall_rule_set_l3_ref_result:QueryFirewallRuleSetL3RefResult",
    query=True,
)

QUERY_FIREWALL_RULE_TEMPLATE: Api[QueryFirewallRuleTemplateResult] = Api(
    "QueryFirewallRuleTemplate",
    "GET",
    "/vpcfirewalls/rules/templates",
    params=(
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_firewall_rule_template_result:QueryFirewallRuleTemplateResult",
    query=True,
)

QUERY_VPC_FIREWALL: Api[QueryVpcFirewallResult] = Api(
    "QueryVpcFirewall",
    "GET",
    "/vpcfirewalls",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_vpc_firewall_result:QueryVpcFirewallResult",
    query=True,
    alt_paths=("/vpcfirewalls/{uuid}",),
)

QUERY_VPC_FIREWALL_V_ROUTER_REF: Api[QueryVpcFirewallVRouterRefResult] = Api(
    "QueryVpcFirewallVRouterRef",
    "GET",
    "/vpcfirewalls/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_vpc_firewall_v_router_ref_result:QueryVpcFirewallVRouterRefResult",
    query=True,
)

REFRESH_FIREWALL: Api[RefreshFirewallResult] = Api(
    "RefreshFirewall",
    "PUT",
    "/vpcfirewalls/refresh/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="refreshFirewall",
    since="3.6.0",
    result=".models.refresh_firewall_result:RefreshFirewallResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

UPDATE_FIREWALL_IP_SET_TEMPLATE: Api[UpdateFirewallIpSetTemplateResult] = Api(
    "UpdateFirewallIpSetTemplate",
    "PUT",
    "/vpcfirewalls/ipset/templates/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("destValue", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("sourceValue", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "dest_value", "name", "source_value", "type", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateFirewallIpSetTemplate",
    since="4.0.0",
    result=".models.update_firewall_ip_set_template_result:UpdateFirewallIpSetTemplateResult",
    checks=(
        ("destValue", "dest_value", "maxLength", 2048),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("sourceValue", "source_value", "maxLength", 2048),
        ("type", "type", "enum", ("ip", "port")),
    ),
)

UPDATE_FIREWALL_RULE: Api[UpdateFirewallRuleResult] = Api(
    "UpdateFirewallRule",
    "PUT",
    "/vpcfirewalls/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("action", "body", "3.6.0"),
        ("allowStates", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("enableLog", "body", "3.6.0"),
        ("icmpTypeName", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "4.0.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("state", "body", "3.6.0"),
        ("tcpFlag", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "uuid",
        "action",
        "allow_states",
        "description",
        "dest_ip",
        "dest_port",
        "enable_log",
        "icmp_type_name",
        "protocol",
        "rule_number",
        "rule_set_uuid",
        "source_ip",
        "source_port",
        "state",
        "tcp_flag",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "action", "ruleNumber", "ruleSetUuid", "state"),
    body_key="updateFirewallRule",
    since="3.6.0",
    result=".models.update_firewall_rule_result:UpdateFirewallRuleResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

UPDATE_FIREWALL_RULE_SET: Api[UpdateFirewallRuleSetResult] = Api(
    "UpdateFirewallRuleSet",
    "PUT",
    "/vpcfirewalls/ruleSets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("actionType", "body", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "action_type", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateFirewallRuleSet",
    since="3.6.0",
    result=".models.update_firewall_rule_set_result:UpdateFirewallRuleSetResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("actionType", "action_type", "enum", ("drop", "accept", "reject")),
    ),
)

UPDATE_FIREWALL_RULE_TEMPLATE: Api[UpdateFirewallRuleTemplateResult] = Api(
    "UpdateFirewallRuleTemplate",
    "PUT",
    "/vpcfirewalls/rules/template/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("action", "body", "4.0.0"),
        ("allowStates", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("destIp", "body", "4.0.0"),
        ("destPort", "body", "4.0.0"),
        ("enableLog", "body", "4.0.0"),
        ("icmpTypeName", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("protocol", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("ruleNumber", "body", "4.0.0"),
        ("sourceIp", "body", "4.0.0"),
        ("sourcePort", "body", "4.0.0"),
        ("state", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("tcpFlag", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "uuid",
        "action",
        "allow_states",
        "description",
        "dest_ip",
        "dest_port",
        "enable_log",
        "icmp_type_name",
        "name",
        "protocol",
        "resource_uuid",
        "rule_number",
        "source_ip",
        "source_port",
        "state",
        "tag_uuids",
        "tcp_flag",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "action", "name", "ruleNumber"),
    body_key="updateFirewallRuleTemplate",
    since="4.0.0",
    result=".models.update_firewall_rule_template_result:UpdateFirewallRuleTemplateResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("action", "action", "enum", ("drop", "reject", "accept")),
        ("description", "description", "maxLength", 2048),
        ("destIp", "dest_ip", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("sourceIp", "source_ip", "maxLength", 2048),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

UPDATE_VPC_FIREWALL: Api[UpdateVpcFirewallResult] = Api(
    "UpdateVpcFirewall",
    "PUT",
    "/vpcfirewalls/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateVpcFirewall",
    since="3.6.0",
    result=".models.update_vpc_firewall_result:UpdateVpcFirewallResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)


class VpcfirewallsApi(SyncNamespace):
    """vpcfirewalls: 29 APIs (ApplyRuleSetChanges, AttachFirewallRuleSetToL3, ChangeFirewallRuleState, ...)."""

    __slots__ = ()

    def apply_rule_set_changes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyRuleSetChangesResult:
        """下发规则集更改内容到路由器 (ApplyRuleSetChanges).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            APPLY_RULE_SET_CHANGES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_firewall_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachFirewallRuleSetToL3Result:
        """网络加载防火墙规则集 (AttachFirewallRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: ruleSetUuid (since 3.6.0; minLength 1)
            l3_uuid: l3Uuid (since 3.6.0; minLength 1)
            forward: forward (since 3.6.0; enum {'in', 'out'})
            vpc_firewall_uuid: vpcFirewallUuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_FIREWALL_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_firewall_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeFirewallRuleStateResult:
        """更改防火墙规则状态 (ChangeFirewallRuleState).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_FIREWALL_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_firewall_rule_config_file(
        self,
        *,
        rule_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckFirewallRuleConfigFileResult:
        """检查添加防火墙规则文件合法性 (CheckFirewallRuleConfigFile).

        Since ZStack 4.4.0. Synchronous (a 202 is still followed).

        Args:
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_FIREWALL_RULE_CONFIG_FILE,
            {
                "ruleInfo": rule_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_ip_set_template(
        self,
        *,
        name: str,
        type: Literal["ip", "port"],
        dest_value: str | None = None,
        resource_uuid: str | None = None,
        source_value: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallIpSetTemplateResult:
        """创建防火墙IP或端口模板 (CreateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "destValue": dest_value,
                "name": name,
                "resourceUuid": resource_uuid,
                "sourceValue": source_value,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleResult:
        """创建防火墙规则 (CreateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0; maxLength 2048)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0; maxLength 2048)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_from_config_file(
        self,
        *,
        rule_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleFromConfigFileResult:
        """通过文件创建防火墙规则 (CreateFirewallRuleFromConfigFile).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 4.4.0)
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "ruleInfo": rule_info,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_set(
        self,
        *,
        name: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleSetResult:
        """创建防火墙规则集 (CreateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action_type: 动作 (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_SET,
            {
                "actionType": action_type,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_firewall_rule_template(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleTemplateResult:
        """创建防火墙规则模板 (CreateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FIREWALL_RULE_TEMPLATE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_vpc_firewall(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcFirewallResult:
        """创建防火墙 (CreateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            vpc_uuid: VPC路由器UUID (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_VPC_FIREWALL,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallResult:
        """删除防火墙 (DeleteFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallIpSetTemplateResult:
        """删除防火墙IP或端口模板 (DeleteFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleResult:
        """删除防火墙规则 (DeleteFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleSetResult:
        """删除防火墙规则集 (DeleteFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_firewall_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleTemplateResult:
        """删除防火墙规则模板 (DeleteFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_firewall_rule_set_from_l3(
        self,
        *,
        l3_uuid: str,
        rule_set_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachFirewallRuleSetFromL3Result:
        """网络卸载防火墙规则集 (DetachFirewallRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_uuid: 三层网络uuid (since 4.0.0; minLength 1)
            rule_set_uuid: ruleSetUuid (since 4.0.0; minLength 1)
            forward: 方向 (since 4.0.0; enum {'in', 'out'})
            vpc_firewall_uuid: 防火墙uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_FIREWALL_RULE_SET_FROM_L3,
            {
                "l3Uuid": l3_uuid,
                "ruleSetUuid": rule_set_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_firewall_ip_set_template(
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
    ) -> QueryFirewallIpSetTemplateResult:
        """查询防火墙IP或端口模板 (QueryFirewallIpSetTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_ip_set_template_pages(
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
        """Every result of ``query_firewall_ip_set_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_rule(
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
    ) -> QueryFirewallRuleResult:
        """查询防火墙规则 (QueryFirewallRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleInventory]:
        """Every result of ``query_firewall_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_set(
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
    ) -> QueryFirewallRuleSetResult:
        """查询防火墙规则集 (QueryFirewallRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleSetInventory]:
        """Every result of ``query_firewall_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_l3_ref(
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
    ) -> QueryFirewallRuleSetL3RefResult:
        """查询防火墙规则集与三层网络关联关系 (QueryFirewallRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallRuleSetL3RefInventory]:
        """Every result of ``query_firewall_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_template(
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
    ) -> QueryFirewallRuleTemplateResult:
        """查询防火墙规则模板 (QueryFirewallRuleTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_firewall_rule_template_pages(
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
        """Every result of ``query_firewall_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_vpc_firewall(
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
    ) -> QueryVpcFirewallResult:
        """查询防火墙 (QueryVpcFirewall).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallInventory]:
        """Every result of ``query_vpc_firewall``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_v_router_ref(
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
    ) -> QueryVpcFirewallVRouterRefResult:
        """查询防火墙与单节点路由器关联关系 (QueryVpcFirewallVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def query_vpc_firewall_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VpcFirewallVRouterRefInventory]:
        """Every result of ``query_vpc_firewall_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def refresh_firewall(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFirewallResult:
        """刷新防火墙配置 (RefreshFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_FIREWALL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        dest_value: str | None = None,
        name: str | None = None,
        source_value: str | None = None,
        type: Literal["ip", "port"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallIpSetTemplateResult:
        """更新防火墙IP或端口模板 (UpdateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "destValue": dest_value,
                "name": name,
                "sourceValue": source_value,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleResult:
        """更新防火墙规则 (UpdateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 4.0.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule_set(
        self,
        *,
        uuid: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleSetResult:
        """更新防火墙规则集 (UpdateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action_type: actionType (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "actionType": action_type,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_firewall_rule_template(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleTemplateResult:
        """更新防火墙规则模板 (UpdateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_vpc_firewall(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcFirewallResult:
        """更新防火墙 (UpdateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_VPC_FIREWALL,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVpcfirewallsApi(AsyncNamespace):
    """vpcfirewalls: 29 APIs (ApplyRuleSetChanges, AttachFirewallRuleSetToL3, ChangeFirewallRuleState, ...). (asyncio)"""

    __slots__ = ()

    async def apply_rule_set_changes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ApplyRuleSetChangesResult:
        """下发规则集更改内容到路由器 (ApplyRuleSetChanges).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            APPLY_RULE_SET_CHANGES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_firewall_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachFirewallRuleSetToL3Result:
        """网络加载防火墙规则集 (AttachFirewallRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: ruleSetUuid (since 3.6.0; minLength 1)
            l3_uuid: l3Uuid (since 3.6.0; minLength 1)
            forward: forward (since 3.6.0; enum {'in', 'out'})
            vpc_firewall_uuid: vpcFirewallUuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_FIREWALL_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_firewall_rule_state(
        self,
        *,
        uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeFirewallRuleStateResult:
        """更改防火墙规则状态 (ChangeFirewallRuleState).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_FIREWALL_RULE_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_firewall_rule_config_file(
        self,
        *,
        rule_info: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckFirewallRuleConfigFileResult:
        """检查添加防火墙规则文件合法性 (CheckFirewallRuleConfigFile).

        Since ZStack 4.4.0. Synchronous (a 202 is still followed).

        Args:
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_FIREWALL_RULE_CONFIG_FILE,
            {
                "ruleInfo": rule_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_ip_set_template(
        self,
        *,
        name: str,
        type: Literal["ip", "port"],
        dest_value: str | None = None,
        resource_uuid: str | None = None,
        source_value: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallIpSetTemplateResult:
        """创建防火墙IP或端口模板 (CreateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "destValue": dest_value,
                "name": name,
                "resourceUuid": resource_uuid,
                "sourceValue": source_value,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleResult:
        """创建防火墙规则 (CreateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0; maxLength 2048)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0; maxLength 2048)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 3.6.0)
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_from_config_file(
        self,
        *,
        rule_info: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleFromConfigFileResult:
        """通过文件创建防火墙规则 (CreateFirewallRuleFromConfigFile).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: 资源UUID (since 4.4.0)
            rule_info: 防火墙规则信息 (since 4.4.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "ruleInfo": rule_info,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_set(
        self,
        *,
        name: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleSetResult:
        """创建防火墙规则集 (CreateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action_type: 动作 (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            resource_uuid: 资源UUID (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_SET,
            {
                "actionType": action_type,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_firewall_rule_template(
        self,
        *,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFirewallRuleTemplateResult:
        """创建防火墙规则模板 (CreateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FIREWALL_RULE_TEMPLATE,
            {
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_vpc_firewall(
        self,
        *,
        name: str,
        vpc_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateVpcFirewallResult:
        """创建防火墙 (CreateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            vpc_uuid: VPC路由器UUID (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_VPC_FIREWALL,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vpcUuid": vpc_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallResult:
        """删除防火墙 (DeleteFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallIpSetTemplateResult:
        """删除防火墙IP或端口模板 (DeleteFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleResult:
        """删除防火墙规则 (DeleteFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleSetResult:
        """删除防火墙规则集 (DeleteFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_firewall_rule_template(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteFirewallRuleTemplateResult:
        """删除防火墙规则模板 (DeleteFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; maxLength 32)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_firewall_rule_set_from_l3(
        self,
        *,
        l3_uuid: str,
        rule_set_uuid: str,
        forward: Literal["in", "out"],
        vpc_firewall_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachFirewallRuleSetFromL3Result:
        """网络卸载防火墙规则集 (DetachFirewallRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_uuid: 三层网络uuid (since 4.0.0; minLength 1)
            rule_set_uuid: ruleSetUuid (since 4.0.0; minLength 1)
            forward: 方向 (since 4.0.0; enum {'in', 'out'})
            vpc_firewall_uuid: 防火墙uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_FIREWALL_RULE_SET_FROM_L3,
            {
                "l3Uuid": l3_uuid,
                "ruleSetUuid": rule_set_uuid,
                "forward": forward,
                "vpcFirewallUuid": vpc_firewall_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_firewall_ip_set_template(
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
    ) -> QueryFirewallIpSetTemplateResult:
        """查询防火墙IP或端口模板 (QueryFirewallIpSetTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    def query_firewall_ip_set_template_pages(
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
        """Every result of ``query_firewall_ip_set_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_IP_SET_TEMPLATE,
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

    async def query_firewall_rule(
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
    ) -> QueryFirewallRuleResult:
        """查询防火墙规则 (QueryFirewallRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE,
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

    def query_firewall_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleInventory]:
        """Every result of ``query_firewall_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE,
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

    async def query_firewall_rule_set(
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
    ) -> QueryFirewallRuleSetResult:
        """查询防火墙规则集 (QueryFirewallRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_SET,
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

    def query_firewall_rule_set_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleSetInventory]:
        """Every result of ``query_firewall_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET,
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

    async def query_firewall_rule_set_l3_ref(
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
    ) -> QueryFirewallRuleSetL3RefResult:
        """查询防火墙规则集与三层网络关联关系 (QueryFirewallRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    def query_firewall_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallRuleSetL3RefInventory]:
        """Every result of ``query_firewall_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_SET_L3_REF,
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

    async def query_firewall_rule_template(
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
    ) -> QueryFirewallRuleTemplateResult:
        """查询防火墙规则模板 (QueryFirewallRuleTemplate).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    def query_firewall_rule_template_pages(
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
        """Every result of ``query_firewall_rule_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_FIREWALL_RULE_TEMPLATE,
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

    async def query_vpc_firewall(
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
    ) -> QueryVpcFirewallResult:
        """查询防火墙 (QueryVpcFirewall).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_FIREWALL,
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

    def query_vpc_firewall_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallInventory]:
        """Every result of ``query_vpc_firewall``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL,
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

    async def query_vpc_firewall_v_router_ref(
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
    ) -> QueryVpcFirewallVRouterRefResult:
        """查询防火墙与单节点路由器关联关系 (QueryVpcFirewallVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    def query_vpc_firewall_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VpcFirewallVRouterRefInventory]:
        """Every result of ``query_vpc_firewall_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VPC_FIREWALL_V_ROUTER_REF,
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

    async def refresh_firewall(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshFirewallResult:
        """刷新防火墙配置 (RefreshFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_FIREWALL,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_ip_set_template(
        self,
        *,
        uuid: str,
        dest_value: str | None = None,
        name: str | None = None,
        source_value: str | None = None,
        type: Literal["ip", "port"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallIpSetTemplateResult:
        """更新防火墙IP或端口模板 (UpdateFirewallIpSetTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            dest_value: destValue (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; minLength 1; maxLength 255)
            source_value: sourceValue (since 4.0.0; maxLength 2048)
            type: type (since 4.0.0; enum {'ip', 'port'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_IP_SET_TEMPLATE,
            {
                "uuid": uuid,
                "destValue": dest_value,
                "name": name,
                "sourceValue": source_value,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        rule_number: int,
        rule_set_uuid: str,
        state: Literal["enable", "disable"],
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleResult:
        """更新防火墙规则 (UpdateFirewallRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action: 动作 (since 3.6.0; enum {'drop', 'reject', 'accept'})
            allow_states: 允许状态 (since 3.6.0)
            description: 资源的详细描述 (since 3.6.0; maxLength 2048)
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            enable_log: 是否开启日志 (since 3.6.0)
            icmp_type_name: icmpType (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            rule_number: 优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 规则集uuid (since 4.0.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            state: 状态 (since 3.6.0; enum {'enable', 'disable'})
            tcp_flag: tcp flag (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "protocol": protocol,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule_set(
        self,
        *,
        uuid: str,
        action_type: Literal["drop", "accept", "reject"] | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleSetResult:
        """更新防火墙规则集 (UpdateFirewallRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            action_type: actionType (since 3.6.0; enum {'drop', 'accept', 'reject'})
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE_SET,
            {
                "uuid": uuid,
                "actionType": action_type,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_firewall_rule_template(
        self,
        *,
        uuid: str,
        action: Literal["drop", "reject", "accept"],
        name: str,
        rule_number: int,
        allow_states: str | None = None,
        description: str | None = None,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        enable_log: bool | None = None,
        icmp_type_name: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_flag: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFirewallRuleTemplateResult:
        """更新防火墙规则模板 (UpdateFirewallRuleTemplate).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0; minLength 1)
            action: action (since 4.0.0; enum {'drop', 'reject', 'accept'})
            allow_states: allowStates (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            dest_ip: destIp (since 4.0.0; maxLength 2048)
            dest_port: destPort (since 4.0.0)
            enable_log: enableLog (since 4.0.0)
            icmp_type_name: icmpTypeName (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            protocol: protocol (since 4.0.0)
            resource_uuid: 资源UUID (since 4.0.0)
            rule_number: ruleNumber (since 4.0.0; minimum 1001; maximum 2999)
            source_ip: sourceIp (since 4.0.0; maxLength 2048)
            source_port: sourcePort (since 4.0.0)
            state: state (since 4.0.0; enum {'enable', 'disable'})
            tag_uuids: 标签UUID列表 (since 4.0.0)
            tcp_flag: tcpFlag (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FIREWALL_RULE_TEMPLATE,
            {
                "uuid": uuid,
                "action": action,
                "allowStates": allow_states,
                "description": description,
                "destIp": dest_ip,
                "destPort": dest_port,
                "enableLog": enable_log,
                "icmpTypeName": icmp_type_name,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "state": state,
                "tagUuids": tag_uuids,
                "tcpFlag": tcp_flag,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_vpc_firewall(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateVpcFirewallResult:
        """更新防火墙 (UpdateVpcFirewall).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_VPC_FIREWALL,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

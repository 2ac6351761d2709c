"""``client.iam2``: 71 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_attributes_to_iam2_organization_result import (
        AddAttributesToIAM2OrganizationResult,
    )
    from ..models.add_attributes_to_iam2_project_result import AddAttributesToIAM2ProjectResult
    from ..models.add_attributes_to_iam2_virtual_id_group_result import (
        AddAttributesToIAM2VirtualIDGroupResult,
    )
    from ..models.add_iam2_virtual_id_group_to_projects_result import (
        AddIAM2VirtualIDGroupToProjectsResult,
    )
    from ..models.add_iam2_virtual_ids_to_group_result import AddIAM2VirtualIDsToGroupResult
    from ..models.add_iam2_virtual_ids_to_project_result import AddIAM2VirtualIDsToProjectResult
    from ..models.add_iam2_virtual_ids_to_projects_result import AddIAM2VirtualIDsToProjectsResult
    from ..models.add_policy_statements_to_role_result import AddPolicyStatementsToRoleResult
    from ..models.add_resource_to_iam2_project_result import AddResourceToIAM2ProjectResult
    from ..models.add_roles_to_iam2_virtual_id_group_result import (
        AddRolesToIAM2VirtualIDGroupResult,
    )
    from ..models.add_roles_to_iam2_virtual_id_result import AddRolesToIAM2VirtualIDResult
    from ..models.attach_policy_to_role_result import AttachPolicyToRoleResult
    from ..models.attach_role_to_account_result import AttachRoleToAccountResult
    from ..models.change_iam2_project_state_result import ChangeIAM2ProjectStateResult
    from ..models.change_iam2_virtual_id_group_state_result import (
        ChangeIAM2VirtualIDGroupStateResult,
    )
    from ..models.change_iam2_virtual_id_type_result import ChangeIAM2VirtualIDTypeResult
    from ..models.change_role_state_result import ChangeRoleStateResult
    from ..models.check_iam2_organization_availability_result import (
        CheckIAM2OrganizationAvailabilityResult,
    )
    from ..models.create_iam2_project_from_template_result import (
        CreateIAM2ProjectFromTemplateResult,
    )
    from ..models.create_iam2_project_result import CreateIAM2ProjectResult
    from ..models.create_iam2_project_role_result import CreateIAM2ProjectRoleResult
    from ..models.create_iam2_project_template_from_project_result import (
        CreateIAM2ProjectTemplateFromProjectResult,
    )
    from ..models.create_iam2_project_template_result import CreateIAM2ProjectTemplateResult
    from ..models.create_iam2_virtual_id_group_result import CreateIAM2VirtualIDGroupResult
    from ..models.create_role_result import CreateRoleResult
    from ..models.delete_iam2_project_result import DeleteIAM2ProjectResult
    from ..models.delete_iam2_project_template_result import DeleteIAM2ProjectTemplateResult
    from ..models.delete_iam2_virtual_id_group_result import DeleteIAM2VirtualIDGroupResult
    from ..models.delete_role_result import DeleteRoleResult
    from ..models.detach_policy_from_role_result import DetachPolicyFromRoleResult
    from ..models.detach_role_from_account_result import DetachRoleFromAccountResult
    from ..models.expunge_iam2_project_result import ExpungeIAM2ProjectResult
    from ..models.get_iam2_projects_of_virtual_id_result import GetIAM2ProjectsOfVirtualIDResult
    from ..models.get_iam2_system_attributes_result import GetIAM2SystemAttributesResult
    from ..models.get_iam2_virtual_id_in_group_result import GetIAM2VirtualIDInGroupResult
    from ..models.get_iam2_virtual_idapi_permission_result import (
        GetIAM2VirtualIDAPIPermissionResult,
    )
    from ..models.iam2_project_inventory import IAM2ProjectInventory
    from ..models.iam2_virtual_id_group_inventory import IAM2VirtualIDGroupInventory
    from ..models.login_iam2_platform_result import LoginIAM2PlatformResult
    from ..models.login_iam2_project_result import LoginIAM2ProjectResult
    from ..models.query_iam2_organization_attribute_result import (
        QueryIAM2OrganizationAttributeResult,
    )
    from ..models.query_iam2_project_attribute_result import QueryIAM2ProjectAttributeResult
    from ..models.query_iam2_project_result import QueryIAM2ProjectResult
    from ..models.query_iam2_project_role_result import QueryIAM2ProjectRoleResult
    from ..models.query_iam2_project_template_result import QueryIAM2ProjectTemplateResult
    from ..models.query_iam2_virtual_id_attribute_result import QueryIAM2VirtualIDAttributeResult
    from ..models.query_iam2_virtual_id_group_attribute_result import (
        QueryIAM2VirtualIDGroupAttributeResult,
    )
    from ..models.query_iam2_virtual_id_group_result import QueryIAM2VirtualIDGroupResult
    from ..models.query_role_result import QueryRoleResult
    from ..models.recover_iam2_project_result import RecoverIAM2ProjectResult
    from ..models.remove_attributes_from_iam2_project_result import (
        RemoveAttributesFromIAM2ProjectResult,
    )
    from ..models.remove_attributes_from_iam2_virtual_id_group_result import (
        RemoveAttributesFromIAM2VirtualIDGroupResult,
    )
    from ..models.remove_iam2_project_login_expired_result import (
        RemoveIAM2ProjectLoginExpiredResult,
    )
    from ..models.remove_iam2_virtual_id_group_from_projects_result import (
        RemoveIAM2VirtualIDGroupFromProjectsResult,
    )
    from ..models.remove_iam2_virtual_ids_from_group_result import (
        RemoveIAM2VirtualIDsFromGroupResult,
    )
    from ..models.remove_iam2_virtual_ids_from_project_result import (
        RemoveIAM2VirtualIDsFromProjectResult,
    )
    from ..models.remove_iam2_virtual_ids_from_projects_result import (
        RemoveIAM2VirtualIDsFromProjectsResult,
    )
    from ..models.remove_policy_statements_from_role_result import (
        RemovePolicyStatementsFromRoleResult,
    )
    from ..models.remove_roles_from_iam2_virtual_id_group_result import (
        RemoveRolesFromIAM2VirtualIDGroupResult,
    )
    from ..models.remove_roles_from_iam2_virtual_id_result import RemoveRolesFromIAM2VirtualIDResult
    from ..models.role_inventory import RoleInventory
    from ..models.run_iam2_script_result import RunIAM2ScriptResult
    from ..models.set_iam2_project_login_expired_result import SetIAM2ProjectLoginExpiredResult
    from ..models.set_iam2_project_retire_policy_result import SetIAM2ProjectRetirePolicyResult
    from ..models.stop_all_resources_in_iam2_project_result import (
        StopAllResourcesInIAM2ProjectResult,
    )
    from ..models.update_iam2_organization_attribute_result import (
        UpdateIAM2OrganizationAttributeResult,
    )
    from ..models.update_iam2_project_attribute_result import UpdateIAM2ProjectAttributeResult
    from ..models.update_iam2_project_result import UpdateIAM2ProjectResult
    from ..models.update_iam2_project_template_result import UpdateIAM2ProjectTemplateResult
    from ..models.update_iam2_virtual_id_attribute_result import UpdateIAM2VirtualIDAttributeResult
    from ..models.update_iam2_virtual_id_group_attribute_result import (
        UpdateIAM2VirtualIDGroupAttributeResult,
    )
    from ..models.update_iam2_virtual_id_group_result import UpdateIAM2VirtualIDGroupResult
    from ..models.update_iam2_virtual_id_result import UpdateIAM2VirtualIDResult
    from ..models.update_role_result import UpdateRoleResult

__all__ = ["AsyncIam2Api", "Iam2Api"]


ADD_ATTRIBUTES_TO_IAM2_ORGANIZATION: Api[AddAttributesToIAM2OrganizationResult] = Api(
    "AddAttributesToIAM2Organization",
    "POST",
    "/iam2/organizations/{uuid}/attributes",
    params=(
        ("uuid", "path", None),
        ("attributes", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "attributes", "system_tags", "user_tags"),
    required=("uuid", "attributes"),
    body_key="params",
    since=None,
    result=".models.add_attributes_to_iam2_organization_result:AddAttributesToIAM2OrganizationResult",
    checks=(("attributes", "attributes", "minItems", 1),),
)

ADD_ATTRIBUTES_TO_IAM2_PROJECT: Api[AddAttributesToIAM2ProjectResult] = Api(
    "AddAttributesToIAM2Project",
    "POST",
    "/iam2/projects/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributes", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "attributes", "system_tags", "user_tags"),
    required=("uuid", "attributes"),
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_project_result:AddAttributesToIAM2ProjectResult",
    checks=(("attributes", "attributes", "minItems", 1),),
)

ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID_GROUP: Api[AddAttributesToIAM2VirtualIDGroupResult] = Api(
    "AddAttributesToIAM2VirtualIDGroup",
    "POST",
    "/iam2/projects/groups/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributes", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "attributes", "system_tags", "user_tags"),
    required=("uuid", "attributes"),
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_virtual_id_group_result:AddAttributesToIAM2VirtualIDGroupResult",
    checks=(("attributes", "attributes", "minItems", 1),),
)

ADD_IAM2_VIRTUAL_ID_GROUP_TO_PROJECTS: Api[AddIAM2VirtualIDGroupToProjectsResult] = Api(
    "AddIAM2VirtualIDGroupToProjects",
    "POST",
    "/iam2/projects/groups",
    params=(
        ("groupUuids", "body", "4.0.0"),
        ("projectUuids", "body", "4.0.0"),
        ("roleUuids", "body", "4.0.0"),
        ("structs", "body", None),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("group_uuids", "project_uuids", "role_uuids", "structs", "system_tags", "user_tags"),
    required=("groupUuids", "projectUuids"),
    body_key="params",
    since="4.0.0",
    result=".models.add_iam2_virtual_id_group_to_projects_result:AddIAM2VirtualIDGroupToProjectsResult",
)

ADD_IAM2_VIRTUAL_IDS_TO_GROUP: Api[AddIAM2VirtualIDsToGroupResult] = Api(
    "AddIAM2VirtualIDsToGroup",
    "POST",
    "/iam2/projects/groups/{groupUuid}/virtual-ids",
    params=(
        ("groupUuid", "path", "2.4.0"),
        ("virtualIDUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("group_uuid", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("groupUuid", "virtualIDUuids"),
    body_key="params",
    since="2.4.0",
    result=".models.add_iam2_virtual_ids_to_group_result:AddIAM2VirtualIDsToGroupResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

ADD_IAM2_VIRTUAL_IDS_TO_PROJECT: Api[AddIAM2VirtualIDsToProjectResult] = Api(
    "AddIAM2VirtualIDsToProject",
    "POST",
    "/iam2/projects/{projectUuid}/virtual-ids",
    params=(
        ("projectUuid", "path", "2.4.0"),
        ("roleUuids", "body", "2.4.0"),
        ("virtualIDUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("project_uuid", "role_uuids", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("projectUuid", "virtualIDUuids"),
    body_key="params",
    since="2.4.0",
    result=".models.add_iam2_virtual_ids_to_project_result:AddIAM2VirtualIDsToProjectResult",
)

ADD_IAM2_VIRTUAL_IDS_TO_PROJECTS: Api[AddIAM2VirtualIDsToProjectsResult] = Api(
    "AddIAM2VirtualIDsToProjects",
    "POST",
    "/iam2/projects/virtual-ids",
    params=(
        ("projectUuids", "body", "4.0.0"),
        ("roleUuids", "body", "4.0.0"),
        ("virtualIDUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("project_uuids", "role_uuids", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("projectUuids", "virtualIDUuids"),
    body_key="params",
    since="4.0.0",
    result=".models.add_iam2_virtual_ids_to_projects_result:AddIAM2VirtualIDsToProjectsResult",
)

ADD_POLICY_STATEMENTS_TO_ROLE: Api[AddPolicyStatementsToRoleResult] = Api(
    "AddPolicyStatementsToRole",
    "POST",
    "/identities/roles/{uuid}/policy-statements",
    params=(
        ("uuid", "path", "0.6"),
        ("statements", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "statements", "system_tags", "user_tags"),
    required=("uuid", "statements"),
    body_key="params",
    since="0.6",
    result=".models.add_policy_statements_to_role_result:AddPolicyStatementsToRoleResult",
    checks=(("statements", "statements", "minItems", 1),),
)

ADD_RESOURCE_TO_IAM2_PROJECT: Api[AddResourceToIAM2ProjectResult] = Api(
    "AddResourceToIAM2Project",
    "POST",
    "/iam2/projects/add/resource/",
    params=(
        ("projectUuid", "body", "4.4.0"),
        ("resourceTemplates", "body", "4.4.0"),
        ("systemTags", "root", "4.4.0"),
        ("userTags", "root", "4.4.0"),
    ),
    names=("project_uuid", "resource_templates", "system_tags", "user_tags"),
    required=("projectUuid", "resourceTemplates"),
    body_key="params",
    since="4.4.0",
    result=".models.add_resource_to_iam2_project_result:AddResourceToIAM2ProjectResult",
)

ADD_ROLES_TO_IAM2_VIRTUAL_ID: Api[AddRolesToIAM2VirtualIDResult] = Api(
    "AddRolesToIAM2VirtualID",
    "POST",
    "/iam2/projects/virtual-ids/{virtualIDUuid}/roles",
    params=(
        ("virtualIDUuid", "path", "2.4.0"),
        ("projectUuid", "body", None),
        ("roleUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("virtual_id_uuid", "project_uuid", "role_uuids", "system_tags", "user_tags"),
    required=("virtualIDUuid", "roleUuids"),
    body_key="params",
    since="2.4.0",
    result=".models.add_roles_to_iam2_virtual_id_result:AddRolesToIAM2VirtualIDResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

ADD_ROLES_TO_IAM2_VIRTUAL_ID_GROUP: Api[AddRolesToIAM2VirtualIDGroupResult] = Api(
    "AddRolesToIAM2VirtualIDGroup",
    "POST",
    "/iam2/projects/groups/{groupUuid}/roles",
    params=(
        ("groupUuid", "path", "2.4.0"),
        ("projectUuid", "body", None),
        ("roleUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("group_uuid", "project_uuid", "role_uuids", "system_tags", "user_tags"),
    required=("groupUuid", "roleUuids"),
    body_key="params",
    since="2.4.0",
    result=".models.add_roles_to_iam2_virtual_id_group_result:AddRolesToIAM2VirtualIDGroupResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

ATTACH_POLICY_TO_ROLE: Api[AttachPolicyToRoleResult] = Api(
    "AttachPolicyToRole",
    "POST",
    "/identities/policies/{policyUuid}/roles/{roleUuid}",
    params=(
        ("policyUuid", "path", "0.6"),
        ("roleUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("policy_uuid", "role_uuid", "system_tags", "user_tags"),
    required=("policyUuid", "roleUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_policy_to_role_result:AttachPolicyToRoleResult",
)

ATTACH_ROLE_TO_ACCOUNT: Api[AttachRoleToAccountResult] = Api(
    "AttachRoleToAccount",
    "POST",
    "/identities/accounts/{accountUuid}/roles/{roleUuid}",
    params=(
        ("accountUuid", "path", "0.6"),
        ("roleUuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("account_uuid", "role_uuid", "system_tags", "user_tags"),
    required=("accountUuid", "roleUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_role_to_account_result:AttachRoleToAccountResult",
)

CHANGE_IAM2_PROJECT_STATE: Api[ChangeIAM2ProjectStateResult] = Api(
    "ChangeIAM2ProjectState",
    "PUT",
    "/iam2/projects/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("stateEvent", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeIAM2ProjectState",
    since="2.4.0",
    result=".models.change_iam2_project_state_result:ChangeIAM2ProjectStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IAM2_VIRTUAL_ID_GROUP_STATE: Api[ChangeIAM2VirtualIDGroupStateResult] = Api(
    "ChangeIAM2VirtualIDGroupState",
    "PUT",
    "/iam2/projects/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("stateEvent", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeIAM2VirtualIDGroupState",
    since="2.4.0",
    result=".models.change_iam2_virtual_id_group_state_result:ChangeIAM2VirtualIDGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IAM2_VIRTUAL_ID_TYPE: Api[ChangeIAM2VirtualIDTypeResult] = Api(
    "ChangeIAM2VirtualIDType",
    "PUT",
    "/iam2/virtual-ids/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "type", "system_tags", "user_tags"),
    required=("uuid", "type"),
    body_key="changeIAM2VirtualIDType",
    since=None,
    result=".models.change_iam2_virtual_id_type_result:ChangeIAM2VirtualIDTypeResult",
    checks=(("type", "type", "enum", ("ZStack",)),),
)

CHANGE_ROLE_STATE: Api[ChangeRoleStateResult] = Api(
    "ChangeRoleState",
    "PUT",
    "/identities/roles/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeRoleState",
    since="0.6",
    result=".models.change_role_state_result:ChangeRoleStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_IAM2_ORGANIZATION_AVAILABILITY: Api[CheckIAM2OrganizationAvailabilityResult] = Api(
    "CheckIAM2OrganizationAvailability",
    "GET",
    "/iam2/organizations/availabilities",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.check_iam2_organization_availability_result:CheckIAM2OrganizationAvailabilityResult",
)

CREATE_IAM2_PROJECT: Api[CreateIAM2ProjectResult] = Api(
    "CreateIAM2Project",
    "POST",
    "/iam2/projects",
    params=(
        ("attributes", "body", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("linkAccountUuid", "body", "5.4.0"),
        ("name", "body", "2.4.0"),
        ("organizationUuid", "body", "0.6"),
        ("quota", "body", "2.4.0"),
        ("resourceTemplates", "body", "0.6"),
        ("resourceUuid", "body", "2.4.0"),
        ("roleUuids", "body", "2.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "attributes",
        "description",
        "link_account_uuid",
        "name",
        "organization_uuid",
        "quota",
        "resource_templates",
        "resource_uuid",
        "role_uuids",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_iam2_project_result:CreateIAM2ProjectResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_PROJECT_FROM_TEMPLATE: Api[CreateIAM2ProjectFromTemplateResult] = Api(
    "CreateIAM2ProjectFromTemplate",
    "POST",
    "/iam2/projects/from/templates/{templateUuid}",
    params=(
        ("templateUuid", "path", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("linkAccountUuid", "body", "5.4.0"),
        ("name", "body", "2.4.0"),
        ("organizationUuid", "body", "0.6"),
        ("resourceTemplates", "body", "5.0.0"),
        ("resourceUuid", "body", "2.4.0"),
        ("roleUuids", "body", "2.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "template_uuid",
        "description",
        "link_account_uuid",
        "name",
        "organization_uuid",
        "resource_templates",
        "resource_uuid",
        "role_uuids",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("templateUuid", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_iam2_project_from_template_result:CreateIAM2ProjectFromTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_PROJECT_ROLE: Api[CreateIAM2ProjectRoleResult] = Api(
    "CreateIAM2ProjectRole",
    "POST",
    "/iam2/project-roles",
    params=(
        ("description", "body", None),
        ("identity", "body", None),
        ("name", "body", None),
        ("policyUuids", "body", None),
        ("resourceUuid", "body", None),
        ("statements", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "identity",
        "name",
        "policy_uuids",
        "resource_uuid",
        "statements",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_iam2_project_role_result:CreateIAM2ProjectRoleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("identity", "identity", "minLength", 1),
        ("identity", "identity", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_PROJECT_TEMPLATE: Api[CreateIAM2ProjectTemplateResult] = Api(
    "CreateIAM2ProjectTemplate",
    "POST",
    "/iam2/projects/templates",
    params=(
        ("attributes", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("quota", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "attributes",
        "description",
        "name",
        "quota",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since=None,
    result=".models.create_iam2_project_template_result:CreateIAM2ProjectTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_PROJECT_TEMPLATE_FROM_PROJECT: Api[CreateIAM2ProjectTemplateFromProjectResult] = Api(
    "CreateIAM2ProjectTemplateFromProject",
    "POST",
    "/iam2/projects/templates/from/projects/{projectUuid}",
    params=(
        ("projectUuid", "path", None),
        ("description", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "project_uuid",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("projectUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_iam2_project_template_from_project_result:CreateIAM2ProjectTemplateFromProjectResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_VIRTUAL_ID_GROUP: Api[CreateIAM2VirtualIDGroupResult] = Api(
    "CreateIAM2VirtualIDGroup",
    "POST",
    "/iam2/groups",
    params=(
        ("projectUuid", "path", "4.0.0"),
        ("attributes", "body", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("resourceUuid", "body", "2.4.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=(
        "project_uuid",
        "attributes",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_virtual_id_group_result:CreateIAM2VirtualIDGroupResult",
    alt_paths=("/iam2/projects/{projectUuid}/groups",),
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_ROLE: Api[CreateRoleResult] = Api(
    "CreateRole",
    "POST",
    "/identities/roles",
    params=(
        ("description", "body", "0.6"),
        ("identity", "body", None),
        ("name", "body", "0.6"),
        ("policyUuids", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("statements", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "identity",
        "name",
        "policy_uuids",
        "resource_uuid",
        "statements",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_role_result:CreateRoleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("identity", "identity", "minLength", 1),
        ("identity", "identity", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_IAM2_PROJECT: Api[DeleteIAM2ProjectResult] = Api(
    "DeleteIAM2Project",
    "DELETE",
    "/iam2/projects/{uuid}",
    params=(
        ("uuid", "path", "2.4.0"),
        ("deleteMode", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.4.0",
    result=".models.delete_iam2_project_result:DeleteIAM2ProjectResult",
)

DELETE_IAM2_PROJECT_TEMPLATE: Api[DeleteIAM2ProjectTemplateResult] = Api(
    "DeleteIAM2ProjectTemplate",
    "DELETE",
    "/iam2/projects/templates/{uuid}",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_iam2_project_template_result:DeleteIAM2ProjectTemplateResult",
)

DELETE_IAM2_VIRTUAL_ID_GROUP: Api[DeleteIAM2VirtualIDGroupResult] = Api(
    "DeleteIAM2VirtualIDGroup",
    "DELETE",
    "/iam2/projects/groups/{uuid}",
    params=(
        ("uuid", "path", "2.4.0"),
        ("deleteMode", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.4.0",
    result=".models.delete_iam2_virtual_id_group_result:DeleteIAM2VirtualIDGroupResult",
)

DELETE_ROLE: Api[DeleteRoleResult] = Api(
    "DeleteRole",
    "DELETE",
    "/identities/roles/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_role_result:DeleteRoleResult",
)

DETACH_POLICY_FROM_ROLE: Api[DetachPolicyFromRoleResult] = Api(
    "DetachPolicyFromRole",
    "DELETE",
    "/identities/policies/{policyUuid}/roles/{roleUuid}",
    params=(
        ("policyUuid", "path", "0.6"),
        ("roleUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("policy_uuid", "role_uuid", "system_tags", "user_tags"),
    required=("policyUuid", "roleUuid"),
    since="0.6",
    result=".models.detach_policy_from_role_result:DetachPolicyFromRoleResult",
)

DETACH_ROLE_FROM_ACCOUNT: Api[DetachRoleFromAccountResult] = Api(
    "DetachRoleFromAccount",
    "DELETE",
    "/identities/accounts/{accountUuid}/roles/{roleUuid}",
    params=(
        ("accountUuid", "path", "0.6"),
        ("roleUuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("account_uuid", "role_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("accountUuid", "roleUuid"),
    since="0.6",
    result=".models.detach_role_from_account_result:DetachRoleFromAccountResult",
)

EXPUNGE_IAM2_PROJECT: Api[ExpungeIAM2ProjectResult] = Api(
    "ExpungeIAM2Project",
    "PUT",
    "/iam2/projects/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="expungeIAM2Project",
    since=None,
    result=".models.expunge_iam2_project_result:ExpungeIAM2ProjectResult",
)

GET_IAM2_PROJECTS_OF_VIRTUAL_ID: Api[GetIAM2ProjectsOfVirtualIDResult] = Api(
    "GetIAM2ProjectsOfVirtualID",
    "GET",
    "/iam2/virtual-ids/projects",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_iam2_projects_of_virtual_id_result:GetIAM2ProjectsOfVirtualIDResult",
)

GET_IAM2_SYSTEM_ATTRIBUTES: Api[GetIAM2SystemAttributesResult] = Api(
    "GetIAM2SystemAttributes",
    "GET",
    "/iam2/attributes/system",
    params=(
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("system_tags", "user_tags"),
    since="2.4.0",
    result=".models.get_iam2_system_attributes_result:GetIAM2SystemAttributesResult",
)

GET_IAM2_VIRTUAL_IDAPI_PERMISSION: Api[GetIAM2VirtualIDAPIPermissionResult] = Api(
    "GetIAM2VirtualIDAPIPermission",
    "GET",
    "/iam2/virtual-ids/api-permissions",
    params=(
        ("apisToCheck", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
        ("onlyCheckParams", "query", None),
    ),
    names=("apis_to_check", "system_tags", "user_tags", "only_check_params"),
    since="2.4.0",
    result=".models.get_iam2_virtual_idapi_permission_result:GetIAM2VirtualIDAPIPermissionResult",
)

GET_IAM2_VIRTUAL_ID_IN_GROUP: Api[GetIAM2VirtualIDInGroupResult] = Api(
    "GetIAM2VirtualIDInGroup",
    "GET",
    "/iam2/IAM2VirtualIDGroup/IAM2VirtualID",
    params=(
        ("groupUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("count", "query", None),
        ("sortDirection", "query", None),
        ("sortBy", "query", None),
        ("replyWithCount", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "group_uuid",
        "limit",
        "start",
        "count",
        "sort_direction",
        "sort_by",
        "reply_with_count",
        "system_tags",
        "user_tags",
    ),
    required=("groupUuid",),
    since=None,
    result=".models.get_iam2_virtual_id_in_group_result:GetIAM2VirtualIDInGroupResult",
    checks=(("sortDirection", "sort_direction", "enum", ("asc", "desc")),),
)

LOGIN_IAM2_PLATFORM: Api[LoginIAM2PlatformResult] = Api(
    "LoginIAM2Platform",
    "PUT",
    "/iam2/platform/login",
    params=(
        ("clientInfo", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("client_info", "system_tags", "user_tags"),
    body_key="loginIAM2Platform",
    since="4.0.0",
    result=".models.login_iam2_platform_result:LoginIAM2PlatformResult",
    session=True,
)

LOGIN_IAM2_PROJECT: Api[LoginIAM2ProjectResult] = Api(
    "LoginIAM2Project",
    "PUT",
    "/iam2/projects/login",
    params=(
        ("clientInfo", "body", "3.5.0"),
        ("projectName", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("client_info", "project_name", "system_tags", "user_tags"),
    required=("projectName",),
    body_key="loginIAM2Project",
    since="2.4.0",
    result=".models.login_iam2_project_result:LoginIAM2ProjectResult",
    session=True,
)

QUERY_IAM2_ORGANIZATION_ATTRIBUTE: Api[QueryIAM2OrganizationAttributeResult] = Api(
    "QueryIAM2OrganizationAttribute",
    "GET",
    "/iam2/organizations/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_organization_attribute_result:QueryIAM2OrganizationAttributeResult",
    query=True,
)

QUERY_IAM2_PROJECT: Api[QueryIAM2ProjectResult] = Api(
    "QueryIAM2Project",
    "GET",
    "/iam2/projects",
    params=(
        ("uuid", "path", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.4.0",
    result=".models.query_iam2_project_result:QueryIAM2ProjectResult",
    query=True,
    alt_paths=("/iam2/projects/{uuid}",),
)

QUERY_IAM2_PROJECT_ATTRIBUTE: Api[QueryIAM2ProjectAttributeResult] = Api(
    "QueryIAM2ProjectAttribute",
    "GET",
    "/iam2/projects/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_project_attribute_result:QueryIAM2ProjectAttributeResult",
    query=True,
)

QUERY_IAM2_PROJECT_ROLE: Api[QueryIAM2ProjectRoleResult] = Api(
    "QueryIAM2ProjectRole",
    "GET",
    "/iam2/project-roles",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_project_role_result:QueryIAM2ProjectRoleResult",
    query=True,
)

QUERY_IAM2_PROJECT_TEMPLATE: Api[QueryIAM2ProjectTemplateResult] = Api(
    "QueryIAM2ProjectTemplate",
    "GET",
    "/iam2/projects/templates",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_project_template_result:QueryIAM2ProjectTemplateResult",
    query=True,
)

QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE: Api[QueryIAM2VirtualIDAttributeResult] = Api(
    "QueryIAM2VirtualIDAttribute",
    "GET",
    "/iam2/virtual-ids/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_virtual_id_attribute_result:QueryIAM2VirtualIDAttributeResult",
    query=True,
)

QUERY_IAM2_VIRTUAL_ID_GROUP: Api[QueryIAM2VirtualIDGroupResult] = Api(
    "QueryIAM2VirtualIDGroup",
    "GET",
    "/iam2/projects/groups",
    params=(
        ("uuid", "path", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.4.0",
    result=".models.query_iam2_virtual_id_group_result:QueryIAM2VirtualIDGroupResult",
    query=True,
    alt_paths=("/iam2/projects/groups/{uuid}",),
)

QUERY_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE: Api[QueryIAM2VirtualIDGroupAttributeResult] = Api(
    "QueryIAM2VirtualIDGroupAttribute",
    "GET",
    "/iam2/projects/groups/attributes/",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_iam2_virtual_id_group_attribute_result:QueryIAM2VirtualIDGroupAttributeResult",
    query=True,
)

QUERY_ROLE: Api[QueryRoleResult] = Api(
    "QueryRole",
    "GET",
    "/identities/roles",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_role_result:QueryRoleResult",
    query=True,
    alt_paths=("/identities/roles/{uuid}",),
)

RECOVER_IAM2_PROJECT: Api[RecoverIAM2ProjectResult] = Api(
    "RecoverIAM2Project",
    "PUT",
    "/iam2/projects/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="recoverIAM2Project",
    since=None,
    result=".models.recover_iam2_project_result:RecoverIAM2ProjectResult",
)

REMOVE_ATTRIBUTES_FROM_IAM2_PROJECT: Api[RemoveAttributesFromIAM2ProjectResult] = Api(
    "RemoveAttributesFromIAM2Project",
    "DELETE",
    "/iam2/projects/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributeUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("uuid", "attribute_uuids", "system_tags", "user_tags"),
    required=("uuid", "attributeUuids"),
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_project_result:RemoveAttributesFromIAM2ProjectResult",
    checks=(("attributeUuids", "attribute_uuids", "minItems", 1),),
)

REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID_GROUP: Api[RemoveAttributesFromIAM2VirtualIDGroupResult] = (
    Api(
        "RemoveAttributesFromIAM2VirtualIDGroup",
        "DELETE",
        "/iam2/projects/groups/{uuid}/attributes",
        params=(
            ("uuid", "path", "2.4.0"),
            ("attributeUuids", "query", "2.4.0"),
            ("systemTags", "query", "2.4.0"),
            ("userTags", "query", "2.4.0"),
        ),
        names=("uuid", "attribute_uuids", "system_tags", "user_tags"),
        required=("uuid", "attributeUuids"),
        since="2.4.0",
        result=".models.remove_attributes_from_iam2_virtual_id_group_result:RemoveAttributesFromIAM2VirtualIDGroupResult",
        checks=(("attributeUuids", "attribute_uuids", "minItems", 1),),
    )
)

REMOVE_IAM2_PROJECT_LOGIN_EXPIRED: Api[RemoveIAM2ProjectLoginExpiredResult] = Api(
    "RemoveIAM2ProjectLoginExpired",
    "PUT",
    "/iam2/projects/remove/login-expired/{uuid}/actions",
    params=(
        ("uuid", "path", "4.3.0"),
        ("attributeUuid", "body", "4.3.0"),
        ("systemTags", "root", "4.3.0"),
        ("userTags", "root", "4.3.0"),
    ),
    names=("uuid", "attribute_uuid", "system_tags", "user_tags"),
    required=("uuid", "attributeUuid"),
    body_key="removeIAM2ProjectLoginExpired",
    since="4.3.0",
    result=".models.remove_iam2_project_login_expired_result:RemoveIAM2ProjectLoginExpiredResult",
)

REMOVE_IAM2_VIRTUAL_ID_GROUP_FROM_PROJECTS: Api[RemoveIAM2VirtualIDGroupFromProjectsResult] = Api(
    "RemoveIAM2VirtualIDGroupFromProjects",
    "DELETE",
    "/iam2/projects/groups",
    params=(
        ("projectUuids", "query", "4.0.0"),
        ("groupUuids", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("project_uuids", "group_uuids", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.remove_iam2_virtual_id_group_from_projects_result:RemoveIAM2VirtualIDGroupFromProjectsResult",
)

REMOVE_IAM2_VIRTUAL_IDS_FROM_GROUP: Api[RemoveIAM2VirtualIDsFromGroupResult] = Api(
    "RemoveIAM2VirtualIDsFromGroup",
    "DELETE",
    "/iam2/projects/groups/{groupUuid}/virtual-ids",
    params=(
        ("groupUuid", "path", "2.4.0"),
        ("virtualIDUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("group_uuid", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("groupUuid", "virtualIDUuids"),
    since="2.4.0",
    result=".models.remove_iam2_virtual_ids_from_group_result:RemoveIAM2VirtualIDsFromGroupResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECT: Api[RemoveIAM2VirtualIDsFromProjectResult] = Api(
    "RemoveIAM2VirtualIDsFromProject",
    "DELETE",
    "/iam2/projects/{projectUuid}/virtual-ids",
    params=(
        ("projectUuid", "path", "2.4.0"),
        ("virtualIDUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    names=("project_uuid", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("projectUuid", "virtualIDUuids"),
    since="2.4.0",
    result=".models.remove_iam2_virtual_ids_from_project_result:RemoveIAM2VirtualIDsFromProjectResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECTS: Api[RemoveIAM2VirtualIDsFromProjectsResult] = Api(
    "RemoveIAM2VirtualIDsFromProjects",
    "DELETE",
    "/iam2/projects/virtual-ids",
    params=(
        ("projectUuids", "query", "4.0.0"),
        ("virtualIDUuids", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("project_uuids", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("projectUuids", "virtualIDUuids"),
    since="4.0.0",
    result=".models.remove_iam2_virtual_ids_from_projects_result:RemoveIAM2VirtualIDsFromProjectsResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

REMOVE_POLICY_STATEMENTS_FROM_ROLE: Api[RemovePolicyStatementsFromRoleResult] = Api(
    "RemovePolicyStatementsFromRole",
    "DELETE",
    "/identities/roles/{uuid}/policy-statements",
    params=(
        ("uuid", "path", "0.6"),
        ("policyStatementUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "policy_statement_uuids", "system_tags", "user_tags"),
    required=("uuid", "policyStatementUuids"),
    since="0.6",
    result=".models.remove_policy_statements_from_role_result:RemovePolicyStatementsFromRoleResult",
)

REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID: Api[RemoveRolesFromIAM2VirtualIDResult] = Api(
    "RemoveRolesFromIAM2VirtualID",
    "DELETE",
    "/iam2/projects/virtual-ids/{virtualIDUuid}/roles",
    params=(
        ("virtualIDUuid", "path", "2.4.0"),
        ("roleUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
        ("projectUuid", "query", None),
    ),
    names=("virtual_id_uuid", "role_uuids", "system_tags", "user_tags", "project_uuid"),
    required=("virtualIDUuid", "roleUuids"),
    since="2.4.0",
    result=".models.remove_roles_from_iam2_virtual_id_result:RemoveRolesFromIAM2VirtualIDResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID_GROUP: Api[RemoveRolesFromIAM2VirtualIDGroupResult] = Api(
    "RemoveRolesFromIAM2VirtualIDGroup",
    "DELETE",
    "/iam2/projects/groups/{groupUuid}/roles",
    params=(
        ("groupUuid", "path", "2.4.0"),
        ("roleUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
        ("projectUuid", "query", None),
    ),
    names=("group_uuid", "role_uuids", "system_tags", "user_tags", "project_uuid"),
    required=("groupUuid", "roleUuids"),
    since="2.4.0",
    result=".models.remove_roles_from_iam2_virtual_id_group_result:RemoveRolesFromIAM2VirtualIDGroupResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

RUN_IAM2_SCRIPT: Api[RunIAM2ScriptResult] = Api(
    "RunIAM2Script",
    "POST",
    "/iam2/iam2-script/run",
    params=(
        ("scriptContent", "body", None),
        ("scriptExecutor", "body", None),
        ("scriptParams", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("script_content", "script_executor", "script_params", "system_tags", "user_tags"),
    required=("scriptContent",),
    body_key="params",
    since=None,
    result=".models.run_iam2_script_result:RunIAM2ScriptResult",
)

SET_IAM2_PROJECT_LOGIN_EXPIRED: Api[SetIAM2ProjectLoginExpiredResult] = Api(
    "SetIAM2ProjectLoginExpired",
    "PUT",
    "/iam2/projects/add/login-expired/{uuid}/actions",
    params=(
        ("uuid", "path", "4.3.0"),
        ("loginExpired", "body", "4.3.0"),
        ("loginExpiredAttributeUuid", "body", "5.4.0"),
        ("systemTags", "root", "4.3.0"),
        ("userTags", "root", "4.3.0"),
    ),
    names=("uuid", "login_expired", "login_expired_attribute_uuid", "system_tags", "user_tags"),
    required=("uuid", "loginExpired"),
    body_key="setIAM2ProjectLoginExpired",
    since="4.3.0",
    result=".models.set_iam2_project_login_expired_result:SetIAM2ProjectLoginExpiredResult",
)

SET_IAM2_PROJECT_RETIRE_POLICY: Api[SetIAM2ProjectRetirePolicyResult] = Api(
    "SetIAM2ProjectRetirePolicy",
    "PUT",
    "/iam2/projects/retire-policies/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("policy", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "policy", "system_tags", "user_tags"),
    required=("uuid", "policy"),
    body_key="setIAM2ProjectRetirePolicy",
    since=None,
    result=".models.set_iam2_project_retire_policy_result:SetIAM2ProjectRetirePolicyResult",
)

STOP_ALL_RESOURCES_IN_IAM2_PROJECT: Api[StopAllResourcesInIAM2ProjectResult] = Api(
    "StopAllResourcesInIAM2Project",
    "PUT",
    "/iam2/projects/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="stopAllResourcesInIAM2Project",
    since=None,
    result=".models.stop_all_resources_in_iam2_project_result:StopAllResourcesInIAM2ProjectResult",
)

UPDATE_IAM2_ORGANIZATION_ATTRIBUTE: Api[UpdateIAM2OrganizationAttributeResult] = Api(
    "UpdateIAM2OrganizationAttribute",
    "PUT",
    "/iam2/organizations/attributes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("value", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "value", "system_tags", "user_tags"),
    required=("uuid", "value"),
    body_key="updateIAM2OrganizationAttribute",
    since=None,
    result=".models.update_iam2_organization_attribute_result:UpdateIAM2OrganizationAttributeResult",
    checks=(("value", "value", "maxLength", 2048),),
)

UPDATE_IAM2_PROJECT: Api[UpdateIAM2ProjectResult] = Api(
    "UpdateIAM2Project",
    "PUT",
    "/iam2/projects/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2Project",
    since="2.4.0",
    result=".models.update_iam2_project_result:UpdateIAM2ProjectResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_IAM2_PROJECT_ATTRIBUTE: Api[UpdateIAM2ProjectAttributeResult] = Api(
    "UpdateIAM2ProjectAttribute",
    "PUT",
    "/iam2/projects/attributes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("value", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "value", "system_tags", "user_tags"),
    required=("uuid", "value"),
    body_key="updateIAM2ProjectAttribute",
    since=None,
    result=".models.update_iam2_project_attribute_result:UpdateIAM2ProjectAttributeResult",
    checks=(("value", "value", "maxLength", 2048),),
)

UPDATE_IAM2_PROJECT_TEMPLATE: Api[UpdateIAM2ProjectTemplateResult] = Api(
    "UpdateIAM2ProjectTemplate",
    "PUT",
    "/iam2/projects/templates/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("attributes", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("quota", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "attributes", "description", "name", "quota", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2ProjectTemplate",
    since=None,
    result=".models.update_iam2_project_template_result:UpdateIAM2ProjectTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_IAM2_VIRTUAL_ID: Api[UpdateIAM2VirtualIDResult] = Api(
    "UpdateIAM2VirtualID",
    "PUT",
    "/iam2/virtual-ids/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("oldPassword", "body", None),
        ("password", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "description", "name", "old_password", "password", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2VirtualID",
    since="2.4.0",
    result=".models.update_iam2_virtual_id_result:UpdateIAM2VirtualIDResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("oldPassword", "old_password", "maxLength", 2048),
    ),
    hashed=("password",),
)

UPDATE_IAM2_VIRTUAL_ID_ATTRIBUTE: Api[UpdateIAM2VirtualIDAttributeResult] = Api(
    "UpdateIAM2VirtualIDAttribute",
    "PUT",
    "/iam2/virtual-ids/attributes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("value", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "value", "system_tags", "user_tags"),
    required=("uuid", "value"),
    body_key="updateIAM2VirtualIDAttribute",
    since=None,
    result=".models.update_iam2_virtual_id_attribute_result:UpdateIAM2VirtualIDAttributeResult",
    checks=(("value", "value", "maxLength", 2048),),
)

UPDATE_IAM2_VIRTUAL_ID_GROUP: Api[UpdateIAM2VirtualIDGroupResult] = Api(
    "UpdateIAM2VirtualIDGroup",
    "PUT",
    "/iam2/projects/groups/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2VirtualIDGroup",
    since="2.4.0",
    result=".models.update_iam2_virtual_id_group_result:UpdateIAM2VirtualIDGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE: Api[UpdateIAM2VirtualIDGroupAttributeResult] = Api(
    "UpdateIAM2VirtualIDGroupAttribute",
    "PUT",
    "/iam2/projects/groups/attributes/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("value", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "value", "system_tags", "user_tags"),
    required=("uuid", "value"),
    body_key="updateIAM2VirtualIDGroupAttribute",
    since=None,
    result=".models.update_iam2_virtual_id_group_attribute_result:UpdateIAM2VirtualIDGroupAttributeResult",
    checks=(("value", "value", "maxLength", 2048),),
)

UPDATE_ROLE: Api[UpdateRoleResult] = Api(
    "UpdateRole",
    "PUT",
    "/identities/roles/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("policyUuids", "body", "0.6"),
        ("statements", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "policy_uuids", "statements", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateRole",
    since="0.6",
    result=".models.update_role_result:UpdateRoleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class Iam2Api(SyncNamespace):
    """iam2: 71 APIs (AddAttributesToIAM2Organization, AddAttributesToIAM2Project, AddAttributesToIAM2VirtualIDGroup, ...)."""

    __slots__ = ()

    def add_attributes_to_iam2_organization(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2OrganizationResult:
        """Add attributes to IAM2 organization (AddAttributesToIAM2Organization).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/AddAttributesToIAM2OrganizationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            attributes: attributes (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ATTRIBUTES_TO_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_attributes_to_iam2_project(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2ProjectResult:
        """为项目添加属性 (AddAttributesToIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ATTRIBUTES_TO_IAM2_PROJECT,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_attributes_to_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2VirtualIDGroupResult:
        """为成员组添加属性 (AddAttributesToIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_iam2_virtual_id_group_to_projects(
        self,
        *,
        group_uuids: Sequence[str],
        project_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        structs: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDGroupToProjectsResult:
        """将多个成员组添加到多个项目 (AddIAM2VirtualIDGroupToProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuids: 用户组uuid (since 4.0.0)
            project_uuids: 项目uuid (since 4.0.0)
            role_uuids: 角色uuid (since 4.0.0)
            structs: structs
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_VIRTUAL_ID_GROUP_TO_PROJECTS,
            {
                "groupUuids": group_uuids,
                "projectUuids": project_uuids,
                "roleUuids": role_uuids,
                "structs": structs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_iam2_virtual_ids_to_group(
        self,
        *,
        group_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToGroupResult:
        """将成员添加到成员组 (AddIAM2VirtualIDsToGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_iam2_virtual_ids_to_project(
        self,
        *,
        project_uuid: str,
        virtual_id_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToProjectResult:
        """将成员添加到项目 (AddIAM2VirtualIDsToProject).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_PROJECT,
            {
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_iam2_virtual_ids_to_projects(
        self,
        *,
        project_uuids: Sequence[str],
        virtual_id_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToProjectsResult:
        """将多个用户添加到多个项目 (AddIAM2VirtualIDsToProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            role_uuids: 角色uuid (since 4.0.0)
            virtual_id_uuids: 用户uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_PROJECTS,
            {
                "projectUuids": project_uuids,
                "roleUuids": role_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_policy_statements_to_role(
        self,
        *,
        uuid: str,
        statements: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPolicyStatementsToRoleResult:
        """添加权限属性到角色 (AddPolicyStatementsToRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            statements: statements (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_POLICY_STATEMENTS_TO_ROLE,
            {
                "uuid": uuid,
                "statements": statements,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_resource_to_iam2_project(
        self,
        *,
        project_uuid: str,
        resource_templates: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourceToIAM2ProjectResult:
        """向项目添加资源 (AddResourceToIAM2Project).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目uuid (since 4.4.0)
            resource_templates: 资源模板 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RESOURCE_TO_IAM2_PROJECT,
            {
                "projectUuid": project_uuid,
                "resourceTemplates": resource_templates,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_roles_to_iam2_virtual_id(
        self,
        *,
        virtual_id_uuid: str,
        role_uuids: Sequence[str],
        project_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRolesToIAM2VirtualIDResult:
        """为成员添加权限 (AddRolesToIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            virtual_id_uuid: virtualIDUuid (since 2.4.0)
            project_uuid: projectUuid
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ROLES_TO_IAM2_VIRTUAL_ID,
            {
                "virtualIDUuid": virtual_id_uuid,
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_roles_to_iam2_virtual_id_group(
        self,
        *,
        group_uuid: str,
        role_uuids: Sequence[str],
        project_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRolesToIAM2VirtualIDGroupResult:
        """为成员组添加权限 (AddRolesToIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            project_uuid: projectUuid
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ROLES_TO_IAM2_VIRTUAL_ID_GROUP,
            {
                "groupUuid": group_uuid,
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_policy_to_role(
        self,
        *,
        policy_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToRoleResult:
        """加载权限到角色 (AttachPolicyToRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            policy_uuid: 权限策略UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICY_TO_ROLE,
            {
                "policyUuid": policy_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_role_to_account(
        self,
        *,
        account_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachRoleToAccountResult:
        """加载角色到账户 (AttachRoleToAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_ROLE_TO_ACCOUNT,
            {
                "accountUuid": account_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_iam2_project_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2ProjectStateResult:
        """修改项目状态 (ChangeIAM2ProjectState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_PROJECT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_iam2_virtual_id_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDGroupStateResult:
        """修改成员组状态 (ChangeIAM2VirtualIDGroupState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_VIRTUAL_ID_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_iam2_virtual_id_type(
        self,
        *,
        uuid: str,
        type: Literal["ZStack"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDTypeResult:
        """Change IAM2 virtual ID type (ChangeIAM2VirtualIDType).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/ChangeIAM2VirtualIDTypeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'ZStack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_VIRTUAL_ID_TYPE,
            {
                "uuid": uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_role_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeRoleStateResult:
        """更改角色状态 (ChangeRoleState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: stateEvent (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ROLE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_iam2_organization_availability(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckIAM2OrganizationAvailabilityResult:
        """Check IAM2 organization availability (CheckIAM2OrganizationAvailability).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CheckIAM2OrganizationAvailabilityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_IAM2_ORGANIZATION_AVAILABILITY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_project(
        self,
        *,
        name: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        link_account_uuid: str | None = None,
        organization_uuid: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_templates: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        role_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectResult:
        """创建项目 (CreateIAM2Project).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            link_account_uuid: 关联的子账号UUID (提前填充需要创建的关联子账号UUID) (since 5.4.0)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 0.6)
            quota: quota (since 2.4.0)
            resource_templates: resourceTemplates (since 0.6)
            resource_uuid: resourceUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_PROJECT,
            {
                "attributes": attributes,
                "description": description,
                "linkAccountUuid": link_account_uuid,
                "name": name,
                "organizationUuid": organization_uuid,
                "quota": quota,
                "resourceTemplates": resource_templates,
                "resourceUuid": resource_uuid,
                "roleUuids": role_uuids,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_project_from_template(
        self,
        *,
        template_uuid: str,
        name: str,
        description: str | None = None,
        link_account_uuid: str | None = None,
        organization_uuid: str | None = None,
        resource_templates: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        role_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectFromTemplateResult:
        """从模版创建IAM2项目 (CreateIAM2ProjectFromTemplate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: templateUuid (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            link_account_uuid: 关联子账号的UUID，为空则系统生成 (since 5.4.0)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 0.6)
            resource_templates: 资源模板 (since 5.0.0)
            resource_uuid: resourceUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_PROJECT_FROM_TEMPLATE,
            {
                "templateUuid": template_uuid,
                "description": description,
                "linkAccountUuid": link_account_uuid,
                "name": name,
                "organizationUuid": organization_uuid,
                "resourceTemplates": resource_templates,
                "resourceUuid": resource_uuid,
                "roleUuids": role_uuids,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_project_role(
        self,
        *,
        name: str,
        description: str | None = None,
        identity: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectRoleResult:
        """Create IAM2 project role (CreateIAM2ProjectRole).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectRoleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: name (maxLength 255)
            policy_uuids: policyUuids
            resource_uuid: resourceUuid
            statements: statements
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_PROJECT_ROLE,
            {
                "description": description,
                "identity": identity,
                "name": name,
                "policyUuids": policy_uuids,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_project_template(
        self,
        *,
        name: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectTemplateResult:
        """Create IAM2 project template (CreateIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            attributes: attributes
            description: description (maxLength 2048)
            name: name (maxLength 255)
            quota: quota
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_PROJECT_TEMPLATE,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "quota": quota,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_project_template_from_project(
        self,
        *,
        project_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectTemplateFromProjectResult:
        """Create IAM2 project template from project (CreateIAM2ProjectTemplateFromProject).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectTemplateFromProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            project_uuid: projectUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_PROJECT_TEMPLATE_FROM_PROJECT,
            {
                "projectUuid": project_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_virtual_id_group(
        self,
        *,
        name: str,
        project_uuid: str | None = None,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDGroupResult:
        """创建成员组 (CreateIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 4.0.0)
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_VIRTUAL_ID_GROUP,
            {
                "projectUuid": project_uuid,
                "attributes": attributes,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_role(
        self,
        *,
        name: str,
        description: str | None = None,
        identity: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRoleResult:
        """创建角色 (CreateRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            policy_uuids: policyUuids (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            statements: statements (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ROLE,
            {
                "description": description,
                "identity": identity,
                "name": name,
                "policyUuids": policy_uuids,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_project(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2ProjectResult:
        """删除项目 (DeleteIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_project_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2ProjectTemplateResult:
        """Delete IAM2 project template (DeleteIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/DeleteIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_PROJECT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDGroupResult:
        """删除成员组 (DeleteIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_role(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteRoleResult:
        """删除角色 (DeleteRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ROLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policy_from_role(
        self,
        *,
        policy_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromRoleResult:
        """从角色中移除权限 (DetachPolicyFromRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            policy_uuid: 权限策略UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICY_FROM_ROLE,
            {
                "policyUuid": policy_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_role_from_account(
        self,
        *,
        account_uuid: str,
        role_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachRoleFromAccountResult:
        """从账户卸载角色 (DetachRoleFromAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_ROLE_FROM_ACCOUNT,
            {
                "accountUuid": account_uuid,
                "roleUuid": role_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def expunge_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeIAM2ProjectResult:
        """Expunge IAM2 project (ExpungeIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/ExpungeIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            EXPUNGE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_iam2_projects_of_virtual_id(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2ProjectsOfVirtualIDResult:
        """Get IAM2 projects of virtual ID (GetIAM2ProjectsOfVirtualID).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/GetIAM2ProjectsOfVirtualIDAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IAM2_PROJECTS_OF_VIRTUAL_ID,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_iam2_system_attributes(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2SystemAttributesResult:
        """获取系统属性 (GetIAM2SystemAttributes).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IAM2_SYSTEM_ATTRIBUTES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_iam2_virtual_idapi_permission(
        self,
        *,
        apis_to_check: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        only_check_params: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2VirtualIDAPIPermissionResult:
        """获取IAM2用户API权限 (GetIAM2VirtualIDAPIPermission).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            apis_to_check: apisToCheck (since 2.4.0)
            only_check_params: onlyCheckParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IAM2_VIRTUAL_IDAPI_PERMISSION,
            {
                "apisToCheck": apis_to_check,
                "systemTags": system_tags,
                "userTags": user_tags,
                "onlyCheckParams": only_check_params,
            },
            job_uuid,
        )

    def get_iam2_virtual_id_in_group(
        self,
        *,
        group_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        count: bool | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        sort_by: str | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2VirtualIDInGroupResult:
        """Get IAM2 virtual ID in group (GetIAM2VirtualIDInGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/GetIAM2VirtualIDInGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid
            limit: limit
            start: start
            count: count
            sort_direction: sortDirection (enum {'asc', 'desc'})
            sort_by: sortBy
            reply_with_count: replyWithCount
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IAM2_VIRTUAL_ID_IN_GROUP,
            {
                "groupUuid": group_uuid,
                "limit": limit,
                "start": start,
                "count": count,
                "sortDirection": sort_direction,
                "sortBy": sort_by,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def login_iam2_platform(
        self,
        *,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2PlatformResult:
        """切换平台角色 (LoginIAM2Platform).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            client_info: clientInfo (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOGIN_IAM2_PLATFORM,
            {
                "clientInfo": client_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def login_iam2_project(
        self,
        *,
        project_name: str,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2ProjectResult:
        """登录项目 (LoginIAM2Project).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            client_info: 客户端信息 (since 3.5.0)
            project_name: projectName (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOGIN_IAM2_PROJECT,
            {
                "clientInfo": client_info,
                "projectName": project_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_iam2_organization_attribute(
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
    ) -> QueryIAM2OrganizationAttributeResult:
        """Query IAM2 organization attribute (QueryIAM2OrganizationAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2OrganizationAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_ORGANIZATION_ATTRIBUTE,
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

    def query_iam2_organization_attribute_pages(
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
        """Every result of ``query_iam2_organization_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION_ATTRIBUTE,
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

    def query_iam2_project(
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
    ) -> QueryIAM2ProjectResult:
        """查询项目 (QueryIAM2Project).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_PROJECT,
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

    def query_iam2_project_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IAM2ProjectInventory]:
        """Every result of ``query_iam2_project``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT,
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

    def query_iam2_project_attribute(
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
    ) -> QueryIAM2ProjectAttributeResult:
        """Query IAM2 project attribute (QueryIAM2ProjectAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_PROJECT_ATTRIBUTE,
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

    def query_iam2_project_attribute_pages(
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
        """Every result of ``query_iam2_project_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ATTRIBUTE,
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

    def query_iam2_project_role(
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
    ) -> QueryIAM2ProjectRoleResult:
        """Query IAM2 project role (QueryIAM2ProjectRole).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectRoleAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_PROJECT_ROLE,
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

    def query_iam2_project_role_pages(
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
        """Every result of ``query_iam2_project_role``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ROLE,
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

    def query_iam2_project_template(
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
    ) -> QueryIAM2ProjectTemplateResult:
        """Query IAM2 project template (QueryIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_PROJECT_TEMPLATE,
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

    def query_iam2_project_template_pages(
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
        """Every result of ``query_iam2_project_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_TEMPLATE,
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

    def query_iam2_virtual_id_attribute(
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
    ) -> QueryIAM2VirtualIDAttributeResult:
        """Query IAM2 virtual ID attribute (QueryIAM2VirtualIDAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2VirtualIDAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE,
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

    def query_iam2_virtual_id_attribute_pages(
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
        """Every result of ``query_iam2_virtual_id_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE,
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

    def query_iam2_virtual_id_group(
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
    ) -> QueryIAM2VirtualIDGroupResult:
        """查询成员组 (QueryIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_VIRTUAL_ID_GROUP,
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

    def query_iam2_virtual_id_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IAM2VirtualIDGroupInventory]:
        """Every result of ``query_iam2_virtual_id_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_GROUP,
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

    def query_iam2_virtual_id_group_attribute(
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
    ) -> QueryIAM2VirtualIDGroupAttributeResult:
        """Query IAM2 virtual ID group attribute (QueryIAM2VirtualIDGroupAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2VirtualIDGroupAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
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

    def query_iam2_virtual_id_group_attribute_pages(
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
        """Every result of ``query_iam2_virtual_id_group_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
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

    def query_role(
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
    ) -> QueryRoleResult:
        """查询角色 (QueryRole).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ROLE,
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

    def query_role_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[RoleInventory]:
        """Every result of ``query_role``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ROLE,
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

    def recover_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverIAM2ProjectResult:
        """Recover IAM2 project (RecoverIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/RecoverIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECOVER_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_attributes_from_iam2_project(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2ProjectResult:
        """从项目移除属性 (RemoveAttributesFromIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_PROJECT,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_attributes_from_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2VirtualIDGroupResult:
        """从成员组移除属性 (RemoveAttributesFromIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_iam2_project_login_expired(
        self,
        *,
        uuid: str,
        attribute_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2ProjectLoginExpiredResult:
        """删除项目限制登陆 (RemoveIAM2ProjectLoginExpired).

        Since ZStack 4.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.0)
            attribute_uuid: attributeUuid (since 4.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_PROJECT_LOGIN_EXPIRED,
            {
                "uuid": uuid,
                "attributeUuid": attribute_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_iam2_virtual_id_group_from_projects(
        self,
        *,
        project_uuids: Sequence[str] | None = None,
        group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDGroupFromProjectsResult:
        """将成员组移出项目 (RemoveIAM2VirtualIDGroupFromProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            group_uuids: 用户uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_VIRTUAL_ID_GROUP_FROM_PROJECTS,
            {
                "projectUuids": project_uuids,
                "groupUuids": group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_iam2_virtual_ids_from_group(
        self,
        *,
        group_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromGroupResult:
        """从成员组移除成员 (RemoveIAM2VirtualIDsFromGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_iam2_virtual_ids_from_project(
        self,
        *,
        project_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromProjectResult:
        """从项目移除成员 (RemoveIAM2VirtualIDsFromProject).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECT,
            {
                "projectUuid": project_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_iam2_virtual_ids_from_projects(
        self,
        *,
        project_uuids: Sequence[str],
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromProjectsResult:
        """将用户移出项目 (RemoveIAM2VirtualIDsFromProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            virtual_id_uuids: 用户uuid (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECTS,
            {
                "projectUuids": project_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_policy_statements_from_role(
        self,
        *,
        uuid: str,
        policy_statement_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemovePolicyStatementsFromRoleResult:
        """从角色移除权限属性 (RemovePolicyStatementsFromRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            policy_statement_uuids: policyStatementUuids (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_POLICY_STATEMENTS_FROM_ROLE,
            {
                "uuid": uuid,
                "policyStatementUuids": policy_statement_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_roles_from_iam2_virtual_id(
        self,
        *,
        virtual_id_uuid: str,
        role_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        project_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRolesFromIAM2VirtualIDResult:
        """从成员移除权限 (RemoveRolesFromIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            virtual_id_uuid: virtualIDUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            project_uuid: projectUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID,
            {
                "virtualIDUuid": virtual_id_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
                "projectUuid": project_uuid,
            },
            job_uuid,
        )

    def remove_roles_from_iam2_virtual_id_group(
        self,
        *,
        group_uuid: str,
        role_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        project_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRolesFromIAM2VirtualIDGroupResult:
        """从成员组移除权限 (RemoveRolesFromIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            project_uuid: projectUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID_GROUP,
            {
                "groupUuid": group_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
                "projectUuid": project_uuid,
            },
            job_uuid,
        )

    def run_iam2_script(
        self,
        *,
        script_content: str,
        script_executor: str | None = None,
        script_params: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RunIAM2ScriptResult:
        """Run IAM2 script (RunIAM2Script).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RunIAM2ScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            script_content: scriptContent
            script_executor: scriptExecutor
            script_params: scriptParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RUN_IAM2_SCRIPT,
            {
                "scriptContent": script_content,
                "scriptExecutor": script_executor,
                "scriptParams": script_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_iam2_project_login_expired(
        self,
        *,
        uuid: str,
        login_expired: str,
        login_expired_attribute_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIAM2ProjectLoginExpiredResult:
        """设置项目登陆限制 (SetIAM2ProjectLoginExpired).

        Since ZStack 4.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.0)
            login_expired: 表达式 (since 4.3.0)
            login_expired_attribute_uuid: 表达式属性UUID (允许提前设置数据UUID，不填入则系统随机生成) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IAM2_PROJECT_LOGIN_EXPIRED,
            {
                "uuid": uuid,
                "loginExpired": login_expired,
                "loginExpiredAttributeUuid": login_expired_attribute_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_iam2_project_retire_policy(
        self,
        *,
        uuid: str,
        policy: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIAM2ProjectRetirePolicyResult:
        """Set IAM2 project retire policy (SetIAM2ProjectRetirePolicy).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/SetIAM2ProjectRetirePolicyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            policy: policy
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_IAM2_PROJECT_RETIRE_POLICY,
            {
                "uuid": uuid,
                "policy": policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def stop_all_resources_in_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopAllResourcesInIAM2ProjectResult:
        """Stop all resources in IAM2 project (StopAllResourcesInIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/StopAllResourcesInIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            STOP_ALL_RESOURCES_IN_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_organization_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2OrganizationAttributeResult:
        """Update IAM2 organization attribute (UpdateIAM2OrganizationAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2OrganizationAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_ORGANIZATION_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_project(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectResult:
        """更新项目 (UpdateIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_project_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectAttributeResult:
        """Update IAM2 project attribute (UpdateIAM2ProjectAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2ProjectAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_PROJECT_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_project_template(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        name: str | None = None,
        quota: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectTemplateResult:
        """Update IAM2 project template (UpdateIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            attributes: attributes
            description: description (maxLength 2048)
            name: name (maxLength 255)
            quota: quota
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_PROJECT_TEMPLATE,
            {
                "uuid": uuid,
                "attributes": attributes,
                "description": description,
                "name": name,
                "quota": quota,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_virtual_id(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        old_password: str | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDResult:
        """更新权限 (UpdateIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            old_password: oldPassword (maxLength 2048)
            password: password (since 2.4.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_VIRTUAL_ID,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "oldPassword": old_password,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_virtual_id_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDAttributeResult:
        """Update IAM2 virtual ID attribute (UpdateIAM2VirtualIDAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2VirtualIDAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_VIRTUAL_ID_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDGroupResult:
        """更新成员组 (UpdateIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_virtual_id_group_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDGroupAttributeResult:
        """Update IAM2 virtual ID group attribute (UpdateIAM2VirtualIDGroupAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2VirtualIDGroupAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_role(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        statements: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateRoleResult:
        """更新角色 (UpdateRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            policy_uuids: 角色权限UUID (since 0.6)
            statements: 角色权限描述 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ROLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "policyUuids": policy_uuids,
                "statements": statements,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncIam2Api(AsyncNamespace):
    """iam2: 71 APIs (AddAttributesToIAM2Organization, AddAttributesToIAM2Project, AddAttributesToIAM2VirtualIDGroup, ...). (asyncio)"""

    __slots__ = ()

    async def add_attributes_to_iam2_organization(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2OrganizationResult:
        """Add attributes to IAM2 organization (AddAttributesToIAM2Organization).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/AddAttributesToIAM2OrganizationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            attributes: attributes (minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ATTRIBUTES_TO_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_attributes_to_iam2_project(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2ProjectResult:
        """为项目添加属性 (AddAttributesToIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ATTRIBUTES_TO_IAM2_PROJECT,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_attributes_to_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2VirtualIDGroupResult:
        """为成员组添加属性 (AddAttributesToIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "attributes": attributes,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_iam2_virtual_id_group_to_projects(
        self,
        *,
        group_uuids: Sequence[str],
        project_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        structs: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDGroupToProjectsResult:
        """将多个成员组添加到多个项目 (AddIAM2VirtualIDGroupToProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuids: 用户组uuid (since 4.0.0)
            project_uuids: 项目uuid (since 4.0.0)
            role_uuids: 角色uuid (since 4.0.0)
            structs: structs
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_VIRTUAL_ID_GROUP_TO_PROJECTS,
            {
                "groupUuids": group_uuids,
                "projectUuids": project_uuids,
                "roleUuids": role_uuids,
                "structs": structs,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_iam2_virtual_ids_to_group(
        self,
        *,
        group_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToGroupResult:
        """将成员添加到成员组 (AddIAM2VirtualIDsToGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_iam2_virtual_ids_to_project(
        self,
        *,
        project_uuid: str,
        virtual_id_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToProjectResult:
        """将成员添加到项目 (AddIAM2VirtualIDsToProject).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_PROJECT,
            {
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_iam2_virtual_ids_to_projects(
        self,
        *,
        project_uuids: Sequence[str],
        virtual_id_uuids: Sequence[str],
        role_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToProjectsResult:
        """将多个用户添加到多个项目 (AddIAM2VirtualIDsToProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            role_uuids: 角色uuid (since 4.0.0)
            virtual_id_uuids: 用户uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_PROJECTS,
            {
                "projectUuids": project_uuids,
                "roleUuids": role_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_policy_statements_to_role(
        self,
        *,
        uuid: str,
        statements: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPolicyStatementsToRoleResult:
        """添加权限属性到角色 (AddPolicyStatementsToRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            statements: statements (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_POLICY_STATEMENTS_TO_ROLE,
            {
                "uuid": uuid,
                "statements": statements,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_resource_to_iam2_project(
        self,
        *,
        project_uuid: str,
        resource_templates: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddResourceToIAM2ProjectResult:
        """向项目添加资源 (AddResourceToIAM2Project).

        Since ZStack 4.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目uuid (since 4.4.0)
            resource_templates: 资源模板 (since 4.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RESOURCE_TO_IAM2_PROJECT,
            {
                "projectUuid": project_uuid,
                "resourceTemplates": resource_templates,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_roles_to_iam2_virtual_id(
        self,
        *,
        virtual_id_uuid: str,
        role_uuids: Sequence[str],
        project_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRolesToIAM2VirtualIDResult:
        """为成员添加权限 (AddRolesToIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            virtual_id_uuid: virtualIDUuid (since 2.4.0)
            project_uuid: projectUuid
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ROLES_TO_IAM2_VIRTUAL_ID,
            {
                "virtualIDUuid": virtual_id_uuid,
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_roles_to_iam2_virtual_id_group(
        self,
        *,
        group_uuid: str,
        role_uuids: Sequence[str],
        project_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddRolesToIAM2VirtualIDGroupResult:
        """为成员组添加权限 (AddRolesToIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            project_uuid: projectUuid
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ROLES_TO_IAM2_VIRTUAL_ID_GROUP,
            {
                "groupUuid": group_uuid,
                "projectUuid": project_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_policy_to_role(
        self,
        *,
        policy_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToRoleResult:
        """加载权限到角色 (AttachPolicyToRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            policy_uuid: 权限策略UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICY_TO_ROLE,
            {
                "policyUuid": policy_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_role_to_account(
        self,
        *,
        account_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachRoleToAccountResult:
        """加载角色到账户 (AttachRoleToAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_ROLE_TO_ACCOUNT,
            {
                "accountUuid": account_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_iam2_project_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2ProjectStateResult:
        """修改项目状态 (ChangeIAM2ProjectState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_PROJECT_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_iam2_virtual_id_group_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDGroupStateResult:
        """修改成员组状态 (ChangeIAM2VirtualIDGroupState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_VIRTUAL_ID_GROUP_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_iam2_virtual_id_type(
        self,
        *,
        uuid: str,
        type: Literal["ZStack"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDTypeResult:
        """Change IAM2 virtual ID type (ChangeIAM2VirtualIDType).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/ChangeIAM2VirtualIDTypeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            type: type (enum {'ZStack'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_VIRTUAL_ID_TYPE,
            {
                "uuid": uuid,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_role_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeRoleStateResult:
        """更改角色状态 (ChangeRoleState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: stateEvent (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ROLE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_iam2_organization_availability(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckIAM2OrganizationAvailabilityResult:
        """Check IAM2 organization availability (CheckIAM2OrganizationAvailability).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CheckIAM2OrganizationAvailabilityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_IAM2_ORGANIZATION_AVAILABILITY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_project(
        self,
        *,
        name: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        link_account_uuid: str | None = None,
        organization_uuid: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_templates: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        role_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectResult:
        """创建项目 (CreateIAM2Project).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            link_account_uuid: 关联的子账号UUID (提前填充需要创建的关联子账号UUID) (since 5.4.0)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 0.6)
            quota: quota (since 2.4.0)
            resource_templates: resourceTemplates (since 0.6)
            resource_uuid: resourceUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_PROJECT,
            {
                "attributes": attributes,
                "description": description,
                "linkAccountUuid": link_account_uuid,
                "name": name,
                "organizationUuid": organization_uuid,
                "quota": quota,
                "resourceTemplates": resource_templates,
                "resourceUuid": resource_uuid,
                "roleUuids": role_uuids,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_project_from_template(
        self,
        *,
        template_uuid: str,
        name: str,
        description: str | None = None,
        link_account_uuid: str | None = None,
        organization_uuid: str | None = None,
        resource_templates: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        role_uuids: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectFromTemplateResult:
        """从模版创建IAM2项目 (CreateIAM2ProjectFromTemplate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            template_uuid: templateUuid (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            link_account_uuid: 关联子账号的UUID，为空则系统生成 (since 5.4.0)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 0.6)
            resource_templates: 资源模板 (since 5.0.0)
            resource_uuid: resourceUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_PROJECT_FROM_TEMPLATE,
            {
                "templateUuid": template_uuid,
                "description": description,
                "linkAccountUuid": link_account_uuid,
                "name": name,
                "organizationUuid": organization_uuid,
                "resourceTemplates": resource_templates,
                "resourceUuid": resource_uuid,
                "roleUuids": role_uuids,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_project_role(
        self,
        *,
        name: str,
        description: str | None = None,
        identity: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectRoleResult:
        """Create IAM2 project role (CreateIAM2ProjectRole).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectRoleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: name (maxLength 255)
            policy_uuids: policyUuids
            resource_uuid: resourceUuid
            statements: statements
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_PROJECT_ROLE,
            {
                "description": description,
                "identity": identity,
                "name": name,
                "policyUuids": policy_uuids,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_project_template(
        self,
        *,
        name: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectTemplateResult:
        """Create IAM2 project template (CreateIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            attributes: attributes
            description: description (maxLength 2048)
            name: name (maxLength 255)
            quota: quota
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_PROJECT_TEMPLATE,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "quota": quota,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_project_template_from_project(
        self,
        *,
        project_uuid: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2ProjectTemplateFromProjectResult:
        """Create IAM2 project template from project (CreateIAM2ProjectTemplateFromProject).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/CreateIAM2ProjectTemplateFromProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            project_uuid: projectUuid
            description: description (maxLength 2048)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_PROJECT_TEMPLATE_FROM_PROJECT,
            {
                "projectUuid": project_uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_virtual_id_group(
        self,
        *,
        name: str,
        project_uuid: str | None = None,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDGroupResult:
        """创建成员组 (CreateIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 4.0.0)
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_VIRTUAL_ID_GROUP,
            {
                "projectUuid": project_uuid,
                "attributes": attributes,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_role(
        self,
        *,
        name: str,
        description: str | None = None,
        identity: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateRoleResult:
        """创建角色 (CreateRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            identity: identity (minLength 1; maxLength 255)
            name: 资源名称 (since 0.6; maxLength 255)
            policy_uuids: policyUuids (since 0.6)
            resource_uuid: resourceUuid (since 0.6)
            statements: statements (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ROLE,
            {
                "description": description,
                "identity": identity,
                "name": name,
                "policyUuids": policy_uuids,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_project(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2ProjectResult:
        """删除项目 (DeleteIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_project_template(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2ProjectTemplateResult:
        """Delete IAM2 project template (DeleteIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/DeleteIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_PROJECT_TEMPLATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDGroupResult:
        """删除成员组 (DeleteIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_role(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteRoleResult:
        """删除角色 (DeleteRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ROLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policy_from_role(
        self,
        *,
        policy_uuid: str,
        role_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromRoleResult:
        """从角色中移除权限 (DetachPolicyFromRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            policy_uuid: 权限策略UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICY_FROM_ROLE,
            {
                "policyUuid": policy_uuid,
                "roleUuid": role_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_role_from_account(
        self,
        *,
        account_uuid: str,
        role_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachRoleFromAccountResult:
        """从账户卸载角色 (DetachRoleFromAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            role_uuid: roleUuid (since 0.6)
            delete_mode: deleteMode (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_ROLE_FROM_ACCOUNT,
            {
                "accountUuid": account_uuid,
                "roleUuid": role_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def expunge_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ExpungeIAM2ProjectResult:
        """Expunge IAM2 project (ExpungeIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/ExpungeIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            EXPUNGE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_iam2_projects_of_virtual_id(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2ProjectsOfVirtualIDResult:
        """Get IAM2 projects of virtual ID (GetIAM2ProjectsOfVirtualID).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/GetIAM2ProjectsOfVirtualIDAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IAM2_PROJECTS_OF_VIRTUAL_ID,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_iam2_system_attributes(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2SystemAttributesResult:
        """获取系统属性 (GetIAM2SystemAttributes).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IAM2_SYSTEM_ATTRIBUTES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_iam2_virtual_idapi_permission(
        self,
        *,
        apis_to_check: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        only_check_params: bool | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2VirtualIDAPIPermissionResult:
        """获取IAM2用户API权限 (GetIAM2VirtualIDAPIPermission).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            apis_to_check: apisToCheck (since 2.4.0)
            only_check_params: onlyCheckParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IAM2_VIRTUAL_IDAPI_PERMISSION,
            {
                "apisToCheck": apis_to_check,
                "systemTags": system_tags,
                "userTags": user_tags,
                "onlyCheckParams": only_check_params,
            },
            job_uuid,
        )

    async def get_iam2_virtual_id_in_group(
        self,
        *,
        group_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        count: bool | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        sort_by: str | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2VirtualIDInGroupResult:
        """Get IAM2 virtual ID in group (GetIAM2VirtualIDInGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/GetIAM2VirtualIDInGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            group_uuid: groupUuid
            limit: limit
            start: start
            count: count
            sort_direction: sortDirection (enum {'asc', 'desc'})
            sort_by: sortBy
            reply_with_count: replyWithCount
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IAM2_VIRTUAL_ID_IN_GROUP,
            {
                "groupUuid": group_uuid,
                "limit": limit,
                "start": start,
                "count": count,
                "sortDirection": sort_direction,
                "sortBy": sort_by,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def login_iam2_platform(
        self,
        *,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2PlatformResult:
        """切换平台角色 (LoginIAM2Platform).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            client_info: clientInfo (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOGIN_IAM2_PLATFORM,
            {
                "clientInfo": client_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def login_iam2_project(
        self,
        *,
        project_name: str,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2ProjectResult:
        """登录项目 (LoginIAM2Project).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            client_info: 客户端信息 (since 3.5.0)
            project_name: projectName (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOGIN_IAM2_PROJECT,
            {
                "clientInfo": client_info,
                "projectName": project_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_iam2_organization_attribute(
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
    ) -> QueryIAM2OrganizationAttributeResult:
        """Query IAM2 organization attribute (QueryIAM2OrganizationAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2OrganizationAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_ORGANIZATION_ATTRIBUTE,
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

    def query_iam2_organization_attribute_pages(
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
        """Every result of ``query_iam2_organization_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION_ATTRIBUTE,
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

    async def query_iam2_project(
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
    ) -> QueryIAM2ProjectResult:
        """查询项目 (QueryIAM2Project).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_PROJECT,
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

    def query_iam2_project_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IAM2ProjectInventory]:
        """Every result of ``query_iam2_project``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT,
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

    async def query_iam2_project_attribute(
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
    ) -> QueryIAM2ProjectAttributeResult:
        """Query IAM2 project attribute (QueryIAM2ProjectAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_PROJECT_ATTRIBUTE,
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

    def query_iam2_project_attribute_pages(
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
        """Every result of ``query_iam2_project_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ATTRIBUTE,
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

    async def query_iam2_project_role(
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
    ) -> QueryIAM2ProjectRoleResult:
        """Query IAM2 project role (QueryIAM2ProjectRole).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectRoleAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_PROJECT_ROLE,
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

    def query_iam2_project_role_pages(
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
        """Every result of ``query_iam2_project_role``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ROLE,
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

    async def query_iam2_project_template(
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
    ) -> QueryIAM2ProjectTemplateResult:
        """Query IAM2 project template (QueryIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2ProjectTemplateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_PROJECT_TEMPLATE,
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

    def query_iam2_project_template_pages(
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
        """Every result of ``query_iam2_project_template``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_TEMPLATE,
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

    async def query_iam2_virtual_id_attribute(
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
    ) -> QueryIAM2VirtualIDAttributeResult:
        """Query IAM2 virtual ID attribute (QueryIAM2VirtualIDAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2VirtualIDAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE,
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

    def query_iam2_virtual_id_attribute_pages(
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
        """Every result of ``query_iam2_virtual_id_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE,
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

    async def query_iam2_virtual_id_group(
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
    ) -> QueryIAM2VirtualIDGroupResult:
        """查询成员组 (QueryIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_VIRTUAL_ID_GROUP,
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

    def query_iam2_virtual_id_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IAM2VirtualIDGroupInventory]:
        """Every result of ``query_iam2_virtual_id_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_GROUP,
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

    async def query_iam2_virtual_id_group_attribute(
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
    ) -> QueryIAM2VirtualIDGroupAttributeResult:
        """Query IAM2 virtual ID group attribute (QueryIAM2VirtualIDGroupAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/QueryIAM2VirtualIDGroupAttributeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
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

    def query_iam2_virtual_id_group_attribute_pages(
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
        """Every result of ``query_iam2_virtual_id_group_attribute``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
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

    async def query_role(
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
    ) -> QueryRoleResult:
        """查询角色 (QueryRole).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ROLE,
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

    def query_role_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[RoleInventory]:
        """Every result of ``query_role``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ROLE,
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

    async def recover_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RecoverIAM2ProjectResult:
        """Recover IAM2 project (RecoverIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/RecoverIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECOVER_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_attributes_from_iam2_project(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2ProjectResult:
        """从项目移除属性 (RemoveAttributesFromIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_PROJECT,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_attributes_from_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2VirtualIDGroupResult:
        """从成员组移除属性 (RemoveAttributesFromIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_iam2_project_login_expired(
        self,
        *,
        uuid: str,
        attribute_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2ProjectLoginExpiredResult:
        """删除项目限制登陆 (RemoveIAM2ProjectLoginExpired).

        Since ZStack 4.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.0)
            attribute_uuid: attributeUuid (since 4.3.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_PROJECT_LOGIN_EXPIRED,
            {
                "uuid": uuid,
                "attributeUuid": attribute_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_iam2_virtual_id_group_from_projects(
        self,
        *,
        project_uuids: Sequence[str] | None = None,
        group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDGroupFromProjectsResult:
        """将成员组移出项目 (RemoveIAM2VirtualIDGroupFromProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            group_uuids: 用户uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_VIRTUAL_ID_GROUP_FROM_PROJECTS,
            {
                "projectUuids": project_uuids,
                "groupUuids": group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_iam2_virtual_ids_from_group(
        self,
        *,
        group_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromGroupResult:
        """从成员组移除成员 (RemoveIAM2VirtualIDsFromGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_iam2_virtual_ids_from_project(
        self,
        *,
        project_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromProjectResult:
        """从项目移除成员 (RemoveIAM2VirtualIDsFromProject).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: projectUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECT,
            {
                "projectUuid": project_uuid,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_iam2_virtual_ids_from_projects(
        self,
        *,
        project_uuids: Sequence[str],
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromProjectsResult:
        """将用户移出项目 (RemoveIAM2VirtualIDsFromProjects).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuids: 项目uuid (since 4.0.0)
            virtual_id_uuids: 用户uuid (since 4.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_PROJECTS,
            {
                "projectUuids": project_uuids,
                "virtualIDUuids": virtual_id_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_policy_statements_from_role(
        self,
        *,
        uuid: str,
        policy_statement_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemovePolicyStatementsFromRoleResult:
        """从角色移除权限属性 (RemovePolicyStatementsFromRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            policy_statement_uuids: policyStatementUuids (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_POLICY_STATEMENTS_FROM_ROLE,
            {
                "uuid": uuid,
                "policyStatementUuids": policy_statement_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_roles_from_iam2_virtual_id(
        self,
        *,
        virtual_id_uuid: str,
        role_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        project_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRolesFromIAM2VirtualIDResult:
        """从成员移除权限 (RemoveRolesFromIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            virtual_id_uuid: virtualIDUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            project_uuid: projectUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID,
            {
                "virtualIDUuid": virtual_id_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
                "projectUuid": project_uuid,
            },
            job_uuid,
        )

    async def remove_roles_from_iam2_virtual_id_group(
        self,
        *,
        group_uuid: str,
        role_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        project_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> RemoveRolesFromIAM2VirtualIDGroupResult:
        """从成员组移除权限 (RemoveRolesFromIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid (since 2.4.0)
            role_uuids: roleUuids (since 2.4.0; minItems 1)
            project_uuid: projectUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ROLES_FROM_IAM2_VIRTUAL_ID_GROUP,
            {
                "groupUuid": group_uuid,
                "roleUuids": role_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
                "projectUuid": project_uuid,
            },
            job_uuid,
        )

    async def run_iam2_script(
        self,
        *,
        script_content: str,
        script_executor: str | None = None,
        script_params: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RunIAM2ScriptResult:
        """Run IAM2 script (RunIAM2Script).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/RunIAM2ScriptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            script_content: scriptContent
            script_executor: scriptExecutor
            script_params: scriptParams
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RUN_IAM2_SCRIPT,
            {
                "scriptContent": script_content,
                "scriptExecutor": script_executor,
                "scriptParams": script_params,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_iam2_project_login_expired(
        self,
        *,
        uuid: str,
        login_expired: str,
        login_expired_attribute_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIAM2ProjectLoginExpiredResult:
        """设置项目登陆限制 (SetIAM2ProjectLoginExpired).

        Since ZStack 4.3.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.0)
            login_expired: 表达式 (since 4.3.0)
            login_expired_attribute_uuid: 表达式属性UUID (允许提前设置数据UUID，不填入则系统随机生成) (since 5.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IAM2_PROJECT_LOGIN_EXPIRED,
            {
                "uuid": uuid,
                "loginExpired": login_expired,
                "loginExpiredAttributeUuid": login_expired_attribute_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_iam2_project_retire_policy(
        self,
        *,
        uuid: str,
        policy: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetIAM2ProjectRetirePolicyResult:
        """Set IAM2 project retire policy (SetIAM2ProjectRetirePolicy).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/SetIAM2ProjectRetirePolicyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            policy: policy
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_IAM2_PROJECT_RETIRE_POLICY,
            {
                "uuid": uuid,
                "policy": policy,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def stop_all_resources_in_iam2_project(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> StopAllResourcesInIAM2ProjectResult:
        """Stop all resources in IAM2 project (StopAllResourcesInIAM2Project).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/StopAllResourcesInIAM2ProjectAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            STOP_ALL_RESOURCES_IN_IAM2_PROJECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_organization_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2OrganizationAttributeResult:
        """Update IAM2 organization attribute (UpdateIAM2OrganizationAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2OrganizationAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_ORGANIZATION_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_project(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectResult:
        """更新项目 (UpdateIAM2Project).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_PROJECT,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_project_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectAttributeResult:
        """Update IAM2 project attribute (UpdateIAM2ProjectAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2ProjectAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_PROJECT_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_project_template(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        name: str | None = None,
        quota: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2ProjectTemplateResult:
        """Update IAM2 project template (UpdateIAM2ProjectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2ProjectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            attributes: attributes
            description: description (maxLength 2048)
            name: name (maxLength 255)
            quota: quota
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_PROJECT_TEMPLATE,
            {
                "uuid": uuid,
                "attributes": attributes,
                "description": description,
                "name": name,
                "quota": quota,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_virtual_id(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        old_password: str | None = None,
        password: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDResult:
        """更新权限 (UpdateIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            old_password: oldPassword (maxLength 2048)
            password: password (since 2.4.0; maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_VIRTUAL_ID,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "oldPassword": old_password,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_virtual_id_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDAttributeResult:
        """Update IAM2 virtual ID attribute (UpdateIAM2VirtualIDAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2VirtualIDAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_VIRTUAL_ID_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_virtual_id_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDGroupResult:
        """更新成员组 (UpdateIAM2VirtualIDGroup).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_VIRTUAL_ID_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_virtual_id_group_attribute(
        self,
        *,
        uuid: str,
        value: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2VirtualIDGroupAttributeResult:
        """Update IAM2 virtual ID group attribute (UpdateIAM2VirtualIDGroupAttribute).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/iam2/api/UpdateIAM2VirtualIDGroupAttributeAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            value: value (maxLength 2048)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_VIRTUAL_ID_GROUP_ATTRIBUTE,
            {
                "uuid": uuid,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_role(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        policy_uuids: Sequence[str] | None = None,
        statements: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateRoleResult:
        """更新角色 (UpdateRole).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            policy_uuids: 角色权限UUID (since 0.6)
            statements: 角色权限描述 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ROLE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "policyUuids": policy_uuids,
                "statements": statements,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""ZStack Cloud API: 136 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_attributes_to_iam2_organization_result import (
        AddAttributesToIAM2OrganizationResult,
    )
    from ..models.add_attributes_to_iam2_project_result import AddAttributesToIAM2ProjectResult
    from ..models.add_attributes_to_iam2_virtual_id_group_result import (
        AddAttributesToIAM2VirtualIDGroupResult,
    )
    from ..models.add_attributes_to_iam2_virtual_id_result import AddAttributesToIAM2VirtualIDResult
    from ..models.add_iam2_ticket_flow_result import AddIAM2TicketFlowResult
    from ..models.add_iam2_virtual_id_group_to_projects_result import (
        AddIAM2VirtualIDGroupToProjectsResult,
    )
    from ..models.add_iam2_virtual_ids_to_group_result import AddIAM2VirtualIDsToGroupResult
    from ..models.add_iam2_virtual_ids_to_organization_result import (
        AddIAM2VirtualIDsToOrganizationResult,
    )
    from ..models.add_iam2_virtual_ids_to_project_result import AddIAM2VirtualIDsToProjectResult
    from ..models.add_iam2_virtual_ids_to_projects_result import AddIAM2VirtualIDsToProjectsResult
    from ..models.add_policy_statements_to_role_result import AddPolicyStatementsToRoleResult
    from ..models.add_resource_to_iam2_project_result import AddResourceToIAM2ProjectResult
    from ..models.add_roles_to_iam2_virtual_id_group_result import (
        AddRolesToIAM2VirtualIDGroupResult,
    )
    from ..models.add_roles_to_iam2_virtual_id_result import AddRolesToIAM2VirtualIDResult
    from ..models.add_ticket_types_to_ticket_flow_collection_result import (
        AddTicketTypesToTicketFlowCollectionResult,
    )
    from ..models.attach_iam2_project_to_iam2_organization_result import (
        AttachIAM2ProjectToIAM2OrganizationResult,
    )
    from ..models.attach_policy_to_role_result import AttachPolicyToRoleResult
    from ..models.attach_role_to_account_result import AttachRoleToAccountResult
    from ..models.batch_create_iam2_virtual_id_from_config_file_result import (
        BatchCreateIAM2VirtualIDFromConfigFileResult,
    )
    from ..models.change_iam2_organization_parent_result import ChangeIAM2OrganizationParentResult
    from ..models.change_iam2_organization_state_result import ChangeIAM2OrganizationStateResult
    from ..models.change_iam2_project_state_result import ChangeIAM2ProjectStateResult
    from ..models.change_iam2_virtual_id_group_state_result import (
        ChangeIAM2VirtualIDGroupStateResult,
    )
    from ..models.change_iam2_virtual_id_state_result import ChangeIAM2VirtualIDStateResult
    from ..models.change_iam2_virtual_id_type_result import ChangeIAM2VirtualIDTypeResult
    from ..models.change_role_state_result import ChangeRoleStateResult
    from ..models.change_ticket_flow_collection_state_result import (
        ChangeTicketFlowCollectionStateResult,
    )
    from ..models.change_ticket_status_result import ChangeTicketStatusResult
    from ..models.check_iam2_organization_availability_result import (
        CheckIAM2OrganizationAvailabilityResult,
    )
    from ..models.check_iam2_virtual_id_config_file_result import CheckIAM2VirtualIDConfigFileResult
    from ..models.clean_invalid_ldap_iam2_binding_result import CleanInvalidLdapIAM2BindingResult
    from ..models.create_cas_client_result import CreateCasClientResult
    from ..models.create_iam2_organization_result import CreateIAM2OrganizationResult
    from ..models.create_iam2_project_from_template_result import (
        CreateIAM2ProjectFromTemplateResult,
    )
    from ..models.create_iam2_project_result import CreateIAM2ProjectResult
    from ..models.create_iam2_project_role_result import CreateIAM2ProjectRoleResult
    from ..models.create_iam2_project_template_from_project_result import (
        CreateIAM2ProjectTemplateFromProjectResult,
    )
    from ..models.create_iam2_project_template_result import CreateIAM2ProjectTemplateResult
    from ..models.create_iam2_tick_flow_collection_result import CreateIAM2TickFlowCollectionResult
    from ..models.create_iam2_virtual_id_from_ldap_uid_result import (
        CreateIAM2VirtualIDFromLdapUidResult,
    )
    from ..models.create_iam2_virtual_id_group_result import CreateIAM2VirtualIDGroupResult
    from ..models.create_iam2_virtual_id_ldap_binding_result import (
        CreateIAM2VirtualIDLdapBindingResult,
    )
    from ..models.create_iam2_virtual_id_result import CreateIAM2VirtualIDResult
    from ..models.create_o_auth_client_result import CreateOAuthClientResult
    from ..models.create_role_result import CreateRoleResult
    from ..models.create_sso_redirect_template_result import CreateSSORedirectTemplateResult
    from ..models.create_ticket_result import CreateTicketResult
    from ..models.delete_iam2_organization_result import DeleteIAM2OrganizationResult
    from ..models.delete_iam2_project_result import DeleteIAM2ProjectResult
    from ..models.delete_iam2_project_template_result import DeleteIAM2ProjectTemplateResult
    from ..models.delete_iam2_ticket_flow_result import DeleteIAM2TicketFlowResult
    from ..models.delete_iam2_virtual_id_group_result import DeleteIAM2VirtualIDGroupResult
    from ..models.delete_iam2_virtual_id_ldap_binding_result import (
        DeleteIAM2VirtualIDLdapBindingResult,
    )
    from ..models.delete_iam2_virtual_id_result import DeleteIAM2VirtualIDResult
    from ..models.delete_role_result import DeleteRoleResult
    from ..models.delete_sso_client_result import DeleteSSOClientResult
    from ..models.delete_ticket_flow_collection_result import DeleteTicketFlowCollectionResult
    from ..models.delete_ticket_result import DeleteTicketResult
    from ..models.detach_iam2_project_from_iam2_organization_result import (
        DetachIAM2ProjectFromIAM2OrganizationResult,
    )
    from ..models.detach_policy_from_role_result import DetachPolicyFromRoleResult
    from ..models.detach_role_from_account_result import DetachRoleFromAccountResult
    from ..models.expunge_iam2_project_result import ExpungeIAM2ProjectResult
    from ..models.get_candidate_ldap_entry_for_iam2_binding_result import (
        GetCandidateLdapEntryForIAM2BindingResult,
    )
    from ..models.get_iam2_organization_virtual_id_number_result import (
        GetIAM2OrganizationVirtualIDNumberResult,
    )
    from ..models.get_iam2_projects_of_virtual_id_result import GetIAM2ProjectsOfVirtualIDResult
    from ..models.get_iam2_system_attributes_result import GetIAM2SystemAttributesResult
    from ..models.get_iam2_virtual_id_in_group_result import GetIAM2VirtualIDInGroupResult
    from ..models.get_iam2_virtual_idapi_permission_result import (
        GetIAM2VirtualIDAPIPermissionResult,
    )
    from ..models.get_o_auth2_token_result import GetOAuth2TokenResult
    from ..models.get_organization_quota_usage_result import GetOrganizationQuotaUsageResult
    from ..models.get_sso_client_result import GetSSOClientResult
    from ..models.get_vms_scheduling_state_from_scheduling_rule_result import (
        GetVmsSchedulingStateFromSchedulingRuleResult,
    )
    from ..models.iam2_organization_inventory import IAM2OrganizationInventory
    from ..models.iam2_organization_project_ref_inventory import IAM2OrganizationProjectRefInventory
    from ..models.iam2_project_account_ref_inventory import IAM2ProjectAccountRefInventory
    from ..models.iam2_project_inventory import IAM2ProjectInventory
    from ..models.iam2_virtual_id_group_inventory import IAM2VirtualIDGroupInventory
    from ..models.ldap_resource_ref_inventory import LdapResourceRefInventory
    from ..models.login_iam2_platform_result import LoginIAM2PlatformResult
    from ..models.login_iam2_project_result import LoginIAM2ProjectResult
    from ..models.login_iam2_virtual_id_result import LoginIAM2VirtualIDResult
    from ..models.login_iam2_virtual_id_with_ldap_result import LoginIAM2VirtualIDWithLdapResult
    from ..models.query_archive_ticket_history_result import QueryArchiveTicketHistoryResult
    from ..models.query_archive_ticket_result import QueryArchiveTicketResult
    from ..models.query_iam2_ldap_binding_result import QueryIAM2LdapBindingResult
    from ..models.query_iam2_organization_attribute_result import (
        QueryIAM2OrganizationAttributeResult,
    )
    from ..models.query_iam2_organization_project_ref_result import (
        QueryIAM2OrganizationProjectRefResult,
    )
    from ..models.query_iam2_organization_result import QueryIAM2OrganizationResult
    from ..models.query_iam2_project_account_ref_result import QueryIAM2ProjectAccountRefResult
    from ..models.query_iam2_project_attribute_result import QueryIAM2ProjectAttributeResult
    from ..models.query_iam2_project_result import QueryIAM2ProjectResult
    from ..models.query_iam2_project_role_result import QueryIAM2ProjectRoleResult
    from ..models.query_iam2_project_template_result import QueryIAM2ProjectTemplateResult
    from ..models.query_iam2_virtual_id_attribute_result import QueryIAM2VirtualIDAttributeResult
    from ..models.query_iam2_virtual_id_group_attribute_result import (
        QueryIAM2VirtualIDGroupAttributeResult,
    )
    from ..models.query_iam2_virtual_id_group_result import QueryIAM2VirtualIDGroupResult
    from ..models.query_iam2_virtual_id_result import QueryIAM2VirtualIDResult
    from ..models.query_role_result import QueryRoleResult
    from ..models.query_ticket_flow_collection_result import QueryTicketFlowCollectionResult
    from ..models.query_ticket_flow_result import QueryTicketFlowResult
    from ..models.query_ticket_history_result import QueryTicketHistoryResult
    from ..models.query_ticket_result import QueryTicketResult
    from ..models.query_ticket_type_result import QueryTicketTypeResult
    from ..models.recover_iam2_project_result import RecoverIAM2ProjectResult
    from ..models.remove_attributes_from_iam2_organization_result import (
        RemoveAttributesFromIAM2OrganizationResult,
    )
    from ..models.remove_attributes_from_iam2_project_result import (
        RemoveAttributesFromIAM2ProjectResult,
    )
    from ..models.remove_attributes_from_iam2_virtual_id_group_result import (
        RemoveAttributesFromIAM2VirtualIDGroupResult,
    )
    from ..models.remove_attributes_from_iam2_virtual_id_result import (
        RemoveAttributesFromIAM2VirtualIDResult,
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
    from ..models.remove_iam2_virtual_ids_from_organization_result import (
        RemoveIAM2VirtualIDsFromOrganizationResult,
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
    from ..models.remove_ticket_types_from_ticket_flow_collection_result import (
        RemoveTicketTypesFromTicketFlowCollectionResult,
    )
    from ..models.role_inventory import RoleInventory
    from ..models.run_iam2_script_result import RunIAM2ScriptResult
    from ..models.set_iam2_project_login_expired_result import SetIAM2ProjectLoginExpiredResult
    from ..models.set_iam2_project_retire_policy_result import SetIAM2ProjectRetirePolicyResult
    from ..models.set_organization_operation_result import SetOrganizationOperationResult
    from ..models.set_organization_supervisor_result import SetOrganizationSupervisorResult
    from ..models.stop_all_resources_in_iam2_project_result import (
        StopAllResourcesInIAM2ProjectResult,
    )
    from ..models.sync_ldap_server_result import SyncLdapServerResult
    from ..models.ticket_flow_collection_inventory import TicketFlowCollectionInventory
    from ..models.ticket_flow_inventory import TicketFlowInventory
    from ..models.ticket_inventory import TicketInventory
    from ..models.ticket_status_history_inventory import TicketStatusHistoryInventory
    from ..models.ticket_type_inventory import TicketTypeInventory
    from ..models.update_cas_client_result import UpdateCasClientResult
    from ..models.update_iam2_organization_attribute_result import (
        UpdateIAM2OrganizationAttributeResult,
    )
    from ..models.update_iam2_organization_result import UpdateIAM2OrganizationResult
    from ..models.update_iam2_project_attribute_result import UpdateIAM2ProjectAttributeResult
    from ..models.update_iam2_project_result import UpdateIAM2ProjectResult
    from ..models.update_iam2_project_template_result import UpdateIAM2ProjectTemplateResult
    from ..models.update_iam2_ticket_flow_collection_result import (
        UpdateIAM2TicketFlowCollectionResult,
    )
    from ..models.update_iam2_ticket_flow_result import UpdateIAM2TicketFlowResult
    from ..models.update_iam2_virtual_id_attribute_result import UpdateIAM2VirtualIDAttributeResult
    from ..models.update_iam2_virtual_id_group_attribute_result import (
        UpdateIAM2VirtualIDGroupAttributeResult,
    )
    from ..models.update_iam2_virtual_id_group_result import UpdateIAM2VirtualIDGroupResult
    from ..models.update_iam2_virtual_id_result import UpdateIAM2VirtualIDResult
    from ..models.update_o_auth_client_result import UpdateOAuthClientResult
    from ..models.update_organization_quota_result import UpdateOrganizationQuotaResult
    from ..models.update_role_result import UpdateRoleResult
    from ..models.update_sso_redirect_template_result import UpdateSSORedirectTemplateResult
    from ..models.update_ticket_request_result import UpdateTicketRequestResult

__all__ = ["AsyncTenantManagementApi", "TenantManagementApi"]


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
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_project_result:AddAttributesToIAM2ProjectResult",
    checks=(("attributes", "attributes", "minItems", 1),),
)

ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID: Api[AddAttributesToIAM2VirtualIDResult] = Api(
    "AddAttributesToIAM2VirtualID",
    "POST",
    "/iam2/virtual-ids/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributes", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_virtual_id_result:AddAttributesToIAM2VirtualIDResult",
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
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_virtual_id_group_result:AddAttributesToIAM2VirtualIDGroupResult",
    checks=(("attributes", "attributes", "minItems", 1),),
)

ADD_IAM2_TICKET_FLOW: Api[AddIAM2TicketFlowResult] = Api(
    "AddIAM2TicketFlow",
    "POST",
    "/tickets/flow",
    params=(
        ("approverTitle", "body", "3.0.0"),
        ("approverUuid", "body", "3.0.0"),
        ("collectionUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("parentFlowUuid", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.add_iam2_ticket_flow_result:AddIAM2TicketFlowResult",
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
    body_key="params",
    since="2.4.0",
    result=".models.add_iam2_virtual_ids_to_group_result:AddIAM2VirtualIDsToGroupResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

ADD_IAM2_VIRTUAL_IDS_TO_ORGANIZATION: Api[AddIAM2VirtualIDsToOrganizationResult] = Api(
    "AddIAM2VirtualIDsToOrganization",
    "POST",
    "/iam2/organizations/{organizationUuid}/virtual-ids",
    params=(
        ("organizationUuid", "path", "2.4.0"),
        ("virtualIDUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="params",
    since="2.4.0",
    result=".models.add_iam2_virtual_ids_to_organization_result:AddIAM2VirtualIDsToOrganizationResult",
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
    body_key="params",
    since="2.4.0",
    result=".models.add_roles_to_iam2_virtual_id_group_result:AddRolesToIAM2VirtualIDGroupResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION: Api[AddTicketTypesToTicketFlowCollectionResult] = Api(
    "AddTicketTypesToTicketFlowCollection",
    "POST",
    "/tickets/flow-collections/{ticketFlowCollectionUuid}/ticket-types",
    params=(
        ("ticketFlowCollectionUuid", "path", "3.6.0"),
        ("ticketTypeUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.add_ticket_types_to_ticket_flow_collection_result:AddTicketTypesToTicketFlowCollectionResult",
)

ATTACH_IAM2_PROJECT_TO_IAM2_ORGANIZATION: Api[AttachIAM2ProjectToIAM2OrganizationResult] = Api(
    "AttachIAM2ProjectToIAM2Organization",
    "POST",
    "/iam2/projects/{projectUuid}/iam2/organizations/{organizationUuid}",
    params=(
        ("projectUuid", "path", "3.6.0"),
        ("organizationUuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="params",
    since="3.6.0",
    result=".models.attach_iam2_project_to_iam2_organization_result:AttachIAM2ProjectToIAM2OrganizationResult",
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
    body_key="params",
    since="0.6",
    result=".models.attach_role_to_account_result:AttachRoleToAccountResult",
)

BATCH_CREATE_IAM2_VIRTUAL_ID_FROM_CONFIG_FILE: Api[BatchCreateIAM2VirtualIDFromConfigFileResult] = (
    Api(
        "BatchCreateIAM2VirtualIDFromConfigFile",
        "POST",
        "/iam2/virtual-ids/from-file",
        params=(
            ("resourceUuid", "body", "3.6.0"),
            ("tagUuids", "body", "3.6.0"),
            ("virtualIDInfos", "body", "3.6.0"),
            ("systemTags", "root", "3.6.0"),
            ("userTags", "root", "3.6.0"),
        ),
        body_key="params",
        since="3.6.0",
        result=".models.batch_create_iam2_virtual_id_from_config_file_result:BatchCreateIAM2VirtualIDFromConfigFileResult",
        checks=(("virtualIDInfos", "virtual_id_infos", "minLength", 1),),
    )
)

CHANGE_IAM2_ORGANIZATION_PARENT: Api[ChangeIAM2OrganizationParentResult] = Api(
    "ChangeIAM2OrganizationParent",
    "PUT",
    "/iam2/organizations/{parentUuid}/actions",
    params=(
        ("parentUuid", "path", "2.4.0"),
        ("childrenUuids", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="changeIAM2OrganizationParent",
    since="2.4.0",
    result=".models.change_iam2_organization_parent_result:ChangeIAM2OrganizationParentResult",
    checks=(("childrenUuids", "children_uuids", "minItems", 1),),
)

CHANGE_IAM2_ORGANIZATION_STATE: Api[ChangeIAM2OrganizationStateResult] = Api(
    "ChangeIAM2OrganizationState",
    "PUT",
    "/iam2/organizations/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("stateEvent", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="changeIAM2OrganizationState",
    since="2.4.0",
    result=".models.change_iam2_organization_state_result:ChangeIAM2OrganizationStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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
    body_key="changeIAM2VirtualIDGroupState",
    since="2.4.0",
    result=".models.change_iam2_virtual_id_group_state_result:ChangeIAM2VirtualIDGroupStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_IAM2_VIRTUAL_ID_STATE: Api[ChangeIAM2VirtualIDStateResult] = Api(
    "ChangeIAM2VirtualIDState",
    "PUT",
    "/iam2/virtual-ids/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("stateEvent", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="changeIAM2VirtualIDState",
    since="2.4.0",
    result=".models.change_iam2_virtual_id_state_result:ChangeIAM2VirtualIDStateResult",
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
    body_key="changeRoleState",
    since="0.6",
    result=".models.change_role_state_result:ChangeRoleStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_TICKET_FLOW_COLLECTION_STATE: Api[ChangeTicketFlowCollectionStateResult] = Api(
    "ChangeTicketFlowCollectionState",
    "PUT",
    "/tickets/flow-collections/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("stateEvent", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="changeTicketFlowCollectionState",
    since="3.0.0",
    result=".models.change_ticket_flow_collection_state_result:ChangeTicketFlowCollectionStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHANGE_TICKET_STATUS: Api[ChangeTicketStatusResult] = Api(
    "ChangeTicketStatus",
    "PUT",
    "/tickets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("comment", "body", "3.0.0"),
        ("statusEvent", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="changeTicketStatus",
    since="3.0.0",
    result=".models.change_ticket_status_result:ChangeTicketStatusResult",
    checks=(
        ("comment", "comment", "maxLength", 65535),
        ("statusEvent", "status_event", "enum", ("open", "approve", "cancel", "reject", "reopen")),
    ),
)

CHECK_IAM2_ORGANIZATION_AVAILABILITY: Api[CheckIAM2OrganizationAvailabilityResult] = Api(
    "CheckIAM2OrganizationAvailability",
    "GET",
    "/iam2/organizations/availabilities",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.check_iam2_organization_availability_result:CheckIAM2OrganizationAvailabilityResult",
)

CHECK_IAM2_VIRTUAL_ID_CONFIG_FILE: Api[CheckIAM2VirtualIDConfigFileResult] = Api(
    "CheckIAM2VirtualIDConfigFile",
    "PUT",
    "/iam2/virtual-ids/from-file",
    params=(
        ("virtualIDInfos", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="checkIAM2VirtualIDConfigFile",
    since="3.6.0",
    result=".models.check_iam2_virtual_id_config_file_result:CheckIAM2VirtualIDConfigFileResult",
    checks=(("virtualIDInfos", "virtual_id_infos", "minLength", 1),),
)

CLEAN_INVALID_LDAP_IAM2_BINDING: Api[CleanInvalidLdapIAM2BindingResult] = Api(
    "CleanInvalidLdapIAM2Binding",
    "PUT",
    "/iam2/ldap/bindings/actions",
    params=(
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    body_key="cleanInvalidLdapIAM2Binding",
    since="3.5.1",
    result=".models.clean_invalid_ldap_iam2_binding_result:CleanInvalidLdapIAM2BindingResult",
)

CREATE_CAS_CLIENT: Api[CreateCasClientResult] = Api(
    "CreateCasClient",
    "POST",
    "/create/cas/client",
    params=(
        ("casServerLoginUrl", "body", "4.5.0"),
        ("casServerUrlPrefix", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("loginType", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("resourceUuid", "body", "4.5.0"),
        ("serverName", "body", "4.5.0"),
        ("tagUuids", "body", "4.5.0"),
        ("urlTemplate", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.create_cas_client_result:CreateCasClientResult",
)

CREATE_IAM2_ORGANIZATION: Api[CreateIAM2OrganizationResult] = Api(
    "CreateIAM2Organization",
    "POST",
    "/iam2/organizations",
    params=(
        ("attributes", "body", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("parentUuid", "body", "2.4.0"),
        ("quota", "body", "4.3.6"),
        ("resourceUuid", "body", "2.4.0"),
        ("srcType", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_organization_result:CreateIAM2OrganizationResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("Company", "Department")),
    ),
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
    body_key="params",
    since=None,
    result=".models.create_iam2_project_template_from_project_result:CreateIAM2ProjectTemplateFromProjectResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_TICK_FLOW_COLLECTION: Api[CreateIAM2TickFlowCollectionResult] = Api(
    "CreateIAM2TickFlowCollection",
    "POST",
    "/tickets/flow-collections",
    params=(
        ("description", "body", "3.0.0"),
        ("flows", "body", "3.0.0"),
        ("isDefault", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("projectUuid", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("ticketTypeUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.create_iam2_tick_flow_collection_result:CreateIAM2TickFlowCollectionResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_VIRTUAL_ID: Api[CreateIAM2VirtualIDResult] = Api(
    "CreateIAM2VirtualID",
    "POST",
    "/iam2/virtual-ids",
    params=(
        ("attributes", "body", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("organizationUuid", "body", "2.4.0"),
        ("password", "body", "2.4.0"),
        ("projectUuid", "body", "2.4.0"),
        ("resourceUuid", "body", "2.4.0"),
        ("tagUuids", "body", "3.4.0"),
        ("withoutDefaultRole", "body", None),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_virtual_id_result:CreateIAM2VirtualIDResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 2048),
    ),
)

CREATE_IAM2_VIRTUAL_ID_FROM_LDAP_UID: Api[CreateIAM2VirtualIDFromLdapUidResult] = Api(
    "CreateIAM2VirtualIDFromLdapUid",
    "POST",
    "/iam2/virtual-id/ldap/uid",
    params=(
        ("ldapUid", "body", "4.7.0"),
        ("resourceUuid", "body", "4.7.0"),
        ("tagUuids", "body", "4.7.0"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    body_key="params",
    since="3.5.1",
    result=".models.create_iam2_virtual_id_from_ldap_uid_result:CreateIAM2VirtualIDFromLdapUidResult",
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
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_virtual_id_group_result:CreateIAM2VirtualIDGroupResult",
    alt_paths=("/iam2/projects/{projectUuid}/groups",),
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_IAM2_VIRTUAL_ID_LDAP_BINDING: Api[CreateIAM2VirtualIDLdapBindingResult] = Api(
    "CreateIAM2VirtualIDLdapBinding",
    "POST",
    "/iam2/ldap/bindings",
    params=(
        ("ldapUid", "body", "4.7.0"),
        ("resourceUuid", "body", "4.7.0"),
        ("tagUuids", "body", "4.7.0"),
        ("virtualIDUuid", "body", "4.7.0"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    body_key="params",
    since="3.5.1",
    result=".models.create_iam2_virtual_id_ldap_binding_result:CreateIAM2VirtualIDLdapBindingResult",
)

CREATE_O_AUTH_CLIENT: Api[CreateOAuthClientResult] = Api(
    "CreateOAuthClient",
    "POST",
    "/create/oauth2/client",
    params=(
        ("authorizationUrl", "body", "4.5.0"),
        ("clientId", "body", "4.5.0"),
        ("clientSecret", "body", "4.5.0"),
        ("clientType", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("grantType", "body", "4.5.0"),
        ("identityProvider", "body", "5.1.8"),
        ("loginType", "body", "4.5.0"),
        ("logoutUrl", "body", "4.7.21"),
        ("name", "body", "4.5.0"),
        ("pluginUuid", "body", "5.3.20"),
        ("redirectUrl", "body", "4.7.21"),
        ("resourceUuid", "body", "4.5.0"),
        ("scopeList", "body", "5.1.8"),
        ("tagUuids", "body", "4.5.0"),
        ("tokenUrl", "body", "4.5.0"),
        ("urlTemplate", "body", "4.5.0"),
        ("userinfoUrl", "body", "4.7.21"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.create_o_auth_client_result:CreateOAuthClientResult",
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

CREATE_SSO_REDIRECT_TEMPLATE: Api[CreateSSORedirectTemplateResult] = Api(
    "CreateSSORedirectTemplate",
    "POST",
    "/create/sso/redirect/template/",
    params=(
        ("clientUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("redirectTemplate", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.create_sso_redirect_template_result:CreateSSORedirectTemplateResult",
)

CREATE_TICKET: Api[CreateTicketResult] = Api(
    "CreateTicket",
    "POST",
    "/tickets",
    params=(
        ("accountSystemContext", "body", "3.0.0"),
        ("accountSystemType", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("flowCollectionUuid", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("requests", "body", "3.0.0"),
        ("resourceUuid", "body", "3.0.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="params",
    since="3.0.0",
    result=".models.create_ticket_result:CreateTicketResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("requests", "requests", "minItems", 1),
    ),
)

DELETE_IAM2_ORGANIZATION: Api[DeleteIAM2OrganizationResult] = Api(
    "DeleteIAM2Organization",
    "DELETE",
    "/iam2/organizations/{uuid}",
    params=(
        ("uuid", "path", "2.4.0"),
        ("deleteMode", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.delete_iam2_organization_result:DeleteIAM2OrganizationResult",
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
    since=None,
    result=".models.delete_iam2_project_template_result:DeleteIAM2ProjectTemplateResult",
)

DELETE_IAM2_TICKET_FLOW: Api[DeleteIAM2TicketFlowResult] = Api(
    "DeleteIAM2TicketFlow",
    "DELETE",
    "/tickets/flow/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.delete_iam2_ticket_flow_result:DeleteIAM2TicketFlowResult",
)

DELETE_IAM2_VIRTUAL_ID: Api[DeleteIAM2VirtualIDResult] = Api(
    "DeleteIAM2VirtualID",
    "DELETE",
    "/iam2/virtual-ids/{uuid}",
    params=(
        ("uuid", "path", "2.4.0"),
        ("deleteMode", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.delete_iam2_virtual_id_result:DeleteIAM2VirtualIDResult",
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
    since="2.4.0",
    result=".models.delete_iam2_virtual_id_group_result:DeleteIAM2VirtualIDGroupResult",
)

DELETE_IAM2_VIRTUAL_ID_LDAP_BINDING: Api[DeleteIAM2VirtualIDLdapBindingResult] = Api(
    "DeleteIAM2VirtualIDLdapBinding",
    "DELETE",
    "/iam2/ldap/bindings/{uuid}",
    params=(
        ("uuid", "path", "3.5.1"),
        ("deleteMode", "query", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    since="3.5.1",
    result=".models.delete_iam2_virtual_id_ldap_binding_result:DeleteIAM2VirtualIDLdapBindingResult",
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
    since="0.6",
    result=".models.delete_role_result:DeleteRoleResult",
)

DELETE_SSO_CLIENT: Api[DeleteSSOClientResult] = Api(
    "DeleteSSOClient",
    "POST",
    "/delete/sso/client",
    params=(
        ("deleteMode", "body", "4.5.0"),
        ("uuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.delete_sso_client_result:DeleteSSOClientResult",
)

DELETE_TICKET: Api[DeleteTicketResult] = Api(
    "DeleteTicket",
    "DELETE",
    "/tickets/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.delete_ticket_result:DeleteTicketResult",
)

DELETE_TICKET_FLOW_COLLECTION: Api[DeleteTicketFlowCollectionResult] = Api(
    "DeleteTicketFlowCollection",
    "DELETE",
    "/tickets/flow-collections/{uuid}",
    params=(
        ("uuid", "path", "3.0.0"),
        ("deleteMode", "query", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.delete_ticket_flow_collection_result:DeleteTicketFlowCollectionResult",
)

DETACH_IAM2_PROJECT_FROM_IAM2_ORGANIZATION: Api[DetachIAM2ProjectFromIAM2OrganizationResult] = Api(
    "DetachIAM2ProjectFromIAM2Organization",
    "DELETE",
    "/iam2/projects/{projectUuid}/iam2/organizations",
    params=(
        ("projectUuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.detach_iam2_project_from_iam2_organization_result:DetachIAM2ProjectFromIAM2OrganizationResult",
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
    body_key="expungeIAM2Project",
    since=None,
    result=".models.expunge_iam2_project_result:ExpungeIAM2ProjectResult",
)

GET_CANDIDATE_LDAP_ENTRY_FOR_IAM2_BINDING: Api[GetCandidateLdapEntryForIAM2BindingResult] = Api(
    "GetCandidateLdapEntryForIAM2Binding",
    "GET",
    "/iam2/ldap/entries/candidates",
    params=(
        ("ldapFilter", "query", "3.5.1"),
        ("limit", "query", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    since="3.5.1",
    result=".models.get_candidate_ldap_entry_for_iam2_binding_result:GetCandidateLdapEntryForIAM2BindingResult",
    checks=(
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_IAM2_ORGANIZATION_VIRTUAL_ID_NUMBER: Api[GetIAM2OrganizationVirtualIDNumberResult] = Api(
    "GetIAM2OrganizationVirtualIDNumber",
    "GET",
    "/iam2/organizations/{uuid}/virtualIDNumber",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    since="4.0.0",
    result=".models.get_iam2_organization_virtual_id_number_result:GetIAM2OrganizationVirtualIDNumberResult",
)

GET_IAM2_PROJECTS_OF_VIRTUAL_ID: Api[GetIAM2ProjectsOfVirtualIDResult] = Api(
    "GetIAM2ProjectsOfVirtualID",
    "GET",
    "/iam2/virtual-ids/projects",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since=None,
    result=".models.get_iam2_virtual_id_in_group_result:GetIAM2VirtualIDInGroupResult",
    checks=(("sortDirection", "sort_direction", "enum", ("asc", "desc")),),
)

GET_O_AUTH2_TOKEN: Api[GetOAuth2TokenResult] = Api(
    "GetOAuth2Token",
    "GET",
    "/get/oauth2/token",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    since="4.6.21",
    result=".models.get_o_auth2_token_result:GetOAuth2TokenResult",
)

GET_ORGANIZATION_QUOTA_USAGE: Api[GetOrganizationQuotaUsageResult] = Api(
    "GetOrganizationQuotaUsage",
    "GET",
    "/iam2/organizations/quota/{uuid}/usages",
    params=(
        ("uuid", "path", "4.3.6"),
        ("systemTags", "query", "4.3.6"),
        ("userTags", "query", "4.3.6"),
    ),
    since="4.3.6",
    result=".models.get_organization_quota_usage_result:GetOrganizationQuotaUsageResult",
)

GET_SSO_CLIENT: Api[GetSSOClientResult] = Api(
    "GetSSOClient",
    "GET",
    "/get/sso/client",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    since="4.6.21",
    result=".models.get_sso_client_result:GetSSOClientResult",
    auth=False,
)

GET_VMS_SCHEDULING_STATE_FROM_SCHEDULING_RULE: Api[
    GetVmsSchedulingStateFromSchedulingRuleResult
] = Api(
    "GetVmsSchedulingStateFromSchedulingRule",
    "POST",
    "/get/vms/schedulingState/from/SchedulingRule",
    params=(
        ("ruleUuid", "body", None),
        ("vmUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    body_key="params",
    since=None,
    result=".models.get_vms_scheduling_state_from_scheduling_rule_result:GetVmsSchedulingStateFromSchedulingRuleResult",
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
    body_key="loginIAM2Platform",
    since="4.0.0",
    result=".models.login_iam2_platform_result:LoginIAM2PlatformResult",
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
    body_key="loginIAM2Project",
    since="2.4.0",
    result=".models.login_iam2_project_result:LoginIAM2ProjectResult",
)

LOGIN_IAM2_VIRTUAL_ID: Api[LoginIAM2VirtualIDResult] = Api(
    "LoginIAM2VirtualID",
    "PUT",
    "/iam2/virtual-ids/login",
    params=(
        ("captchaUuid", "body", "2.4.0"),
        ("clientInfo", "body", "3.5.0"),
        ("name", "body", "2.4.0"),
        ("password", "body", "2.4.0"),
        ("verifyCode", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="loginIAM2VirtualID",
    since="2.4.0",
    result=".models.login_iam2_virtual_id_result:LoginIAM2VirtualIDResult",
    auth=False,
)

LOGIN_IAM2_VIRTUAL_ID_WITH_LDAP: Api[LoginIAM2VirtualIDWithLdapResult] = Api(
    "LoginIAM2VirtualIDWithLdap",
    "PUT",
    "/iam2/login/virtual-ids/ldap",
    params=(
        ("captchaUuid", "body", "3.5.1"),
        ("password", "body", "3.5.1"),
        ("uid", "body", "3.5.1"),
        ("verifyCode", "body", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    body_key="loginIAM2VirtualIDWithLdap",
    since="3.5.1",
    result=".models.login_iam2_virtual_id_with_ldap_result:LoginIAM2VirtualIDWithLdapResult",
    auth=False,
)

QUERY_ARCHIVE_TICKET: Api[QueryArchiveTicketResult] = Api(
    "QueryArchiveTicket",
    "GET",
    "/tickets/archives",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_archive_ticket_result:QueryArchiveTicketResult",
    query=True,
)

QUERY_ARCHIVE_TICKET_HISTORY: Api[QueryArchiveTicketHistoryResult] = Api(
    "QueryArchiveTicketHistory",
    "GET",
    "/tickets/histories/archives",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_archive_ticket_history_result:QueryArchiveTicketHistoryResult",
    query=True,
)

QUERY_IAM2_LDAP_BINDING: Api[QueryIAM2LdapBindingResult] = Api(
    "QueryIAM2LdapBinding",
    "GET",
    "/iam2/ldap/bindings",
    params=(
        ("uuid", "path", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    since="3.5.1",
    result=".models.query_iam2_ldap_binding_result:QueryIAM2LdapBindingResult",
    query=True,
    alt_paths=("/iam2/ldap/bindings/{uuid}",),
)

QUERY_IAM2_ORGANIZATION: Api[QueryIAM2OrganizationResult] = Api(
    "QueryIAM2Organization",
    "GET",
    "/iam2/organizations",
    params=(
        ("uuid", "path", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.query_iam2_organization_result:QueryIAM2OrganizationResult",
    query=True,
    alt_paths=("/iam2/organizations/{uuid}",),
)

QUERY_IAM2_ORGANIZATION_ATTRIBUTE: Api[QueryIAM2OrganizationAttributeResult] = Api(
    "QueryIAM2OrganizationAttribute",
    "GET",
    "/iam2/organizations/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    since=None,
    result=".models.query_iam2_organization_attribute_result:QueryIAM2OrganizationAttributeResult",
    query=True,
)

QUERY_IAM2_ORGANIZATION_PROJECT_REF: Api[QueryIAM2OrganizationProjectRefResult] = Api(
    "QueryIAM2OrganizationProjectRef",
    "GET",
    "/iam2/projects/organizations/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_iam2_organization_project_ref_result:QueryIAM2OrganizationProjectRefResult",
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
    since="2.4.0",
    result=".models.query_iam2_project_result:QueryIAM2ProjectResult",
    query=True,
    alt_paths=("/iam2/projects/{uuid}",),
)

QUERY_IAM2_PROJECT_ACCOUNT_REF: Api[QueryIAM2ProjectAccountRefResult] = Api(
    "QueryIAM2ProjectAccountRef",
    "GET",
    "/iam2/projects/account/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_iam2_project_account_ref_result:QueryIAM2ProjectAccountRefResult",
    query=True,
)

QUERY_IAM2_PROJECT_ATTRIBUTE: Api[QueryIAM2ProjectAttributeResult] = Api(
    "QueryIAM2ProjectAttribute",
    "GET",
    "/iam2/projects/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since=None,
    result=".models.query_iam2_project_template_result:QueryIAM2ProjectTemplateResult",
    query=True,
)

QUERY_IAM2_VIRTUAL_ID: Api[QueryIAM2VirtualIDResult] = Api(
    "QueryIAM2VirtualID",
    "GET",
    "/iam2/virtual-ids",
    params=(
        ("uuid", "path", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.query_iam2_virtual_id_result:QueryIAM2VirtualIDResult",
    query=True,
    alt_paths=("/iam2/virtual-ids/{uuid}",),
)

QUERY_IAM2_VIRTUAL_ID_ATTRIBUTE: Api[QueryIAM2VirtualIDAttributeResult] = Api(
    "QueryIAM2VirtualIDAttribute",
    "GET",
    "/iam2/virtual-ids/attributes",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
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
    since="0.6",
    result=".models.query_role_result:QueryRoleResult",
    query=True,
    alt_paths=("/identities/roles/{uuid}",),
)

QUERY_TICKET: Api[QueryTicketResult] = Api(
    "QueryTicket",
    "GET",
    "/tickets",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_ticket_result:QueryTicketResult",
    query=True,
    alt_paths=("/tickets/{uuid}",),
)

QUERY_TICKET_FLOW: Api[QueryTicketFlowResult] = Api(
    "QueryTicketFlow",
    "GET",
    "/tickets/flow",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_ticket_flow_result:QueryTicketFlowResult",
    query=True,
    alt_paths=("/tickets/flow/{uuid}",),
)

QUERY_TICKET_FLOW_COLLECTION: Api[QueryTicketFlowCollectionResult] = Api(
    "QueryTicketFlowCollection",
    "GET",
    "/tickets/flow-collections",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_ticket_flow_collection_result:QueryTicketFlowCollectionResult",
    query=True,
    alt_paths=("/tickets/flow-collections/{uuid}",),
)

QUERY_TICKET_HISTORY: Api[QueryTicketHistoryResult] = Api(
    "QueryTicketHistory",
    "GET",
    "/tickets/histories",
    params=(
        ("uuid", "path", "3.0.0"),
        ("systemTags", "query", "3.0.0"),
        ("userTags", "query", "3.0.0"),
    ),
    since="3.0.0",
    result=".models.query_ticket_history_result:QueryTicketHistoryResult",
    query=True,
    alt_paths=("/tickets/histories/{uuid}",),
)

QUERY_TICKET_TYPE: Api[QueryTicketTypeResult] = Api(
    "QueryTicketType",
    "GET",
    "/ticket-types",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.query_ticket_type_result:QueryTicketTypeResult",
    query=True,
    alt_paths=("/ticket-types/{uuid}",),
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
    body_key="recoverIAM2Project",
    since=None,
    result=".models.recover_iam2_project_result:RecoverIAM2ProjectResult",
)

REMOVE_ATTRIBUTES_FROM_IAM2_ORGANIZATION: Api[RemoveAttributesFromIAM2OrganizationResult] = Api(
    "RemoveAttributesFromIAM2Organization",
    "DELETE",
    "/iam2/organizations/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributeUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_organization_result:RemoveAttributesFromIAM2OrganizationResult",
    checks=(("attributeUuids", "attribute_uuids", "minItems", 1),),
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
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_project_result:RemoveAttributesFromIAM2ProjectResult",
    checks=(("attributeUuids", "attribute_uuids", "minItems", 1),),
)

REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID: Api[RemoveAttributesFromIAM2VirtualIDResult] = Api(
    "RemoveAttributesFromIAM2VirtualID",
    "DELETE",
    "/iam2/virtual-ids/{uuid}/attributes",
    params=(
        ("uuid", "path", "2.4.0"),
        ("attributeUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_virtual_id_result:RemoveAttributesFromIAM2VirtualIDResult",
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
    since="2.4.0",
    result=".models.remove_iam2_virtual_ids_from_group_result:RemoveIAM2VirtualIDsFromGroupResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
)

REMOVE_IAM2_VIRTUAL_IDS_FROM_ORGANIZATION: Api[RemoveIAM2VirtualIDsFromOrganizationResult] = Api(
    "RemoveIAM2VirtualIDsFromOrganization",
    "DELETE",
    "/iam2/organizations/{organizationUuid}/virtual-ids",
    params=(
        ("organizationUuid", "path", "2.4.0"),
        ("virtualIDUuids", "query", "2.4.0"),
        ("systemTags", "query", "2.4.0"),
        ("userTags", "query", "2.4.0"),
    ),
    since="2.4.0",
    result=".models.remove_iam2_virtual_ids_from_organization_result:RemoveIAM2VirtualIDsFromOrganizationResult",
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
    since="2.4.0",
    result=".models.remove_roles_from_iam2_virtual_id_group_result:RemoveRolesFromIAM2VirtualIDGroupResult",
    checks=(("roleUuids", "role_uuids", "minItems", 1),),
)

REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION: Api[
    RemoveTicketTypesFromTicketFlowCollectionResult
] = Api(
    "RemoveTicketTypesFromTicketFlowCollection",
    "DELETE",
    "/tickets/flow-collections/{ticketFlowCollectionUuid}/ticket-types",
    params=(
        ("ticketFlowCollectionUuid", "path", "3.6.0"),
        ("ticketTypeUuids", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    since="3.6.0",
    result=".models.remove_ticket_types_from_ticket_flow_collection_result:RemoveTicketTypesFromTicketFlowCollectionResult",
    checks=(("ticketTypeUuids", "ticket_type_uuids", "minItems", 1),),
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
    body_key="setIAM2ProjectRetirePolicy",
    since=None,
    result=".models.set_iam2_project_retire_policy_result:SetIAM2ProjectRetirePolicyResult",
)

SET_ORGANIZATION_OPERATION: Api[SetOrganizationOperationResult] = Api(
    "SetOrganizationOperation",
    "PUT",
    "/iam2/organizations/{uuid}/operation",
    params=(
        ("uuid", "path", "4.3.6"),
        ("virtualIDUuid", "body", "4.3.6"),
        ("systemTags", "root", "4.3.6"),
        ("userTags", "root", "4.3.6"),
    ),
    body_key="setOrganizationOperation",
    since="4.3.6",
    result=".models.set_organization_operation_result:SetOrganizationOperationResult",
)

SET_ORGANIZATION_SUPERVISOR: Api[SetOrganizationSupervisorResult] = Api(
    "SetOrganizationSupervisor",
    "PUT",
    "/iam2/organizations/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("virtualIDUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    body_key="setOrganizationSupervisor",
    since="3.6.0",
    result=".models.set_organization_supervisor_result:SetOrganizationSupervisorResult",
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
    body_key="stopAllResourcesInIAM2Project",
    since=None,
    result=".models.stop_all_resources_in_iam2_project_result:StopAllResourcesInIAM2ProjectResult",
)

SYNC_LDAP_SERVER: Api[SyncLdapServerResult] = Api(
    "SyncLdapServer",
    "PUT",
    "/ldap/servers/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    body_key="syncLdapServer",
    since="3.5.1",
    result=".models.sync_ldap_server_result:SyncLdapServerResult",
)

UPDATE_CAS_CLIENT: Api[UpdateCasClientResult] = Api(
    "UpdateCasClient",
    "POST",
    "/update/cas/client",
    params=(
        ("casServerLoginUrl", "body", "4.5.0"),
        ("casServerUrlPrefix", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("loginType", "body", "4.5.0"),
        ("name", "body", "4.5.0"),
        ("serverName", "body", "4.5.0"),
        ("uuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.update_cas_client_result:UpdateCasClientResult",
)

UPDATE_IAM2_ORGANIZATION: Api[UpdateIAM2OrganizationResult] = Api(
    "UpdateIAM2Organization",
    "PUT",
    "/iam2/organizations/{uuid}/actions",
    params=(
        ("uuid", "path", "2.4.0"),
        ("description", "body", "2.4.0"),
        ("name", "body", "2.4.0"),
        ("parentUuid", "body", "2.4.0"),
        ("type", "body", "2.4.0"),
        ("systemTags", "root", "2.4.0"),
        ("userTags", "root", "2.4.0"),
    ),
    body_key="updateIAM2Organization",
    since="2.4.0",
    result=".models.update_iam2_organization_result:UpdateIAM2OrganizationResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("Company", "Department")),
    ),
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
    body_key="updateIAM2ProjectTemplate",
    since=None,
    result=".models.update_iam2_project_template_result:UpdateIAM2ProjectTemplateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_IAM2_TICKET_FLOW: Api[UpdateIAM2TicketFlowResult] = Api(
    "UpdateIAM2TicketFlow",
    "PUT",
    "/tickets/flow/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("approverTitle", "body", "3.0.0"),
        ("approverUuid", "body", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="updateIAM2TicketFlow",
    since="3.0.0",
    result=".models.update_iam2_ticket_flow_result:UpdateIAM2TicketFlowResult",
)

UPDATE_IAM2_TICKET_FLOW_COLLECTION: Api[UpdateIAM2TicketFlowCollectionResult] = Api(
    "UpdateIAM2TicketFlowCollection",
    "PUT",
    "/tickets/flow-collections/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("description", "body", "3.0.0"),
        ("flows", "body", "3.0.0"),
        ("isDefault", "body", "3.0.0"),
        ("name", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="updateIAM2TicketFlowCollection",
    since="3.0.0",
    result=".models.update_iam2_ticket_flow_collection_result:UpdateIAM2TicketFlowCollectionResult",
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
    body_key="updateIAM2VirtualID",
    since="2.4.0",
    result=".models.update_iam2_virtual_id_result:UpdateIAM2VirtualIDResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("oldPassword", "old_password", "maxLength", 2048),
        ("password", "password", "maxLength", 2048),
    ),
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
    body_key="updateIAM2VirtualIDGroupAttribute",
    since=None,
    result=".models.update_iam2_virtual_id_group_attribute_result:UpdateIAM2VirtualIDGroupAttributeResult",
    checks=(("value", "value", "maxLength", 2048),),
)

UPDATE_O_AUTH_CLIENT: Api[UpdateOAuthClientResult] = Api(
    "UpdateOAuthClient",
    "POST",
    "/update/oauth2/client",
    params=(
        ("authorizationUrl", "body", "4.5.0"),
        ("clientId", "body", "4.5.0"),
        ("clientSecret", "body", "4.5.0"),
        ("description", "body", "4.5.0"),
        ("identityProvider", "body", "5.1.8"),
        ("loginType", "body", "4.5.0"),
        ("logoutUrl", "body", "4.7.21"),
        ("name", "body", "4.5.0"),
        ("pluginUuid", "body", "5.3.28"),
        ("redirectUrl", "body", "4.7.21"),
        ("scopeList", "body", "5.1.8"),
        ("tokenUrl", "body", "4.5.0"),
        ("userinfoUrl", "body", "4.7.21"),
        ("uuid", "body", "4.5.0"),
        ("systemTags", "root", "4.5.0"),
        ("userTags", "root", "4.5.0"),
    ),
    body_key="params",
    since="4.5.0",
    result=".models.update_o_auth_client_result:UpdateOAuthClientResult",
)

UPDATE_ORGANIZATION_QUOTA: Api[UpdateOrganizationQuotaResult] = Api(
    "UpdateOrganizationQuota",
    "PUT",
    "/iam2/Organization/quotas/actions",
    params=(
        ("identityUuid", "body", "4.3.6"),
        ("name", "body", "4.3.6"),
        ("value", "body", "4.3.6"),
        ("systemTags", "root", "4.3.6"),
        ("userTags", "root", "4.3.6"),
    ),
    body_key="updateOrganizationQuota",
    since="4.3.6",
    result=".models.update_organization_quota_result:UpdateOrganizationQuotaResult",
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
    body_key="updateRole",
    since="0.6",
    result=".models.update_role_result:UpdateRoleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SSO_REDIRECT_TEMPLATE: Api[UpdateSSORedirectTemplateResult] = Api(
    "UpdateSSORedirectTemplate",
    "POST",
    "/update/sso/redirectTemplate",
    params=(
        ("redirectTemplate", "body", "4.7.21"),
        ("uuid", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    body_key="params",
    since="4.7.21",
    result=".models.update_sso_redirect_template_result:UpdateSSORedirectTemplateResult",
)

UPDATE_TICKET_REQUEST: Api[UpdateTicketRequestResult] = Api(
    "UpdateTicketRequest",
    "PUT",
    "/tickets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.0.0"),
        ("description", "body", None),
        ("requests", "body", "3.0.0"),
        ("systemTags", "root", "3.0.0"),
        ("userTags", "root", "3.0.0"),
    ),
    body_key="updateTicketRequest",
    since="3.0.0",
    result=".models.update_ticket_request_result:UpdateTicketRequestResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("requests", "requests", "minItems", 1),
    ),
)


class TenantManagementApi(SyncAPIClient):
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

    def add_attributes_to_iam2_virtual_id(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2VirtualIDResult:
        """为用户添加属性 (AddAttributesToIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID,
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

    def add_iam2_ticket_flow(
        self,
        *,
        approver_uuid: str,
        collection_uuid: str,
        name: str,
        approver_title: str | None = None,
        description: str | None = None,
        parent_flow_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2TicketFlowResult:
        """添加自定义审批的步骤 (AddIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            collection_uuid: collectionUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            parent_flow_uuid: parentFlowUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_TICKET_FLOW,
            {
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "collectionUuid": collection_uuid,
                "description": description,
                "name": name,
                "parentFlowUuid": parent_flow_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_iam2_virtual_id_group_to_projects(
        self,
        *,
        group_uuids: Sequence[Any],
        project_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        virtual_id_uuids: Sequence[Any],
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

    def add_iam2_virtual_ids_to_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToOrganizationResult:
        """将用户添加到组织 (AddIAM2VirtualIDsToOrganization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            organization_uuid: organizationUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_ORGANIZATION,
            {
                "organizationUuid": organization_uuid,
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
        virtual_id_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        project_uuids: Sequence[Any],
        virtual_id_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        role_uuids: Sequence[Any],
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
        role_uuids: Sequence[Any],
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

    def add_ticket_types_to_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddTicketTypesToTicketFlowCollectionResult:
        """增加工单审批流程对应的工单类型 (AddTicketTypesToTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: 工单流程UUID (since 3.6.0)
            ticket_type_uuids: 工单类型UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_iam2_project_to_iam2_organization(
        self,
        *,
        project_uuid: str,
        organization_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachIAM2ProjectToIAM2OrganizationResult:
        """将项目加载到组织 (AttachIAM2ProjectToIAM2Organization).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目UUID (since 3.6.0)
            organization_uuid: 组织UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_IAM2_PROJECT_TO_IAM2_ORGANIZATION,
            {
                "projectUuid": project_uuid,
                "organizationUuid": organization_uuid,
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

    def batch_create_iam2_virtual_id_from_config_file(
        self,
        *,
        virtual_id_infos: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchCreateIAM2VirtualIDFromConfigFileResult:
        """通过文件导入方式创建用户 (BatchCreateIAM2VirtualIDFromConfigFile).

        根据导入文件批量创建IAM2用户。

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            virtual_id_infos: 传入的base64格式的用户信息 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            BATCH_CREATE_IAM2_VIRTUAL_ID_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "virtualIDInfos": virtual_id_infos,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_iam2_organization_parent(
        self,
        *,
        parent_uuid: str,
        children_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2OrganizationParentResult:
        """修改组织的上级部门 (ChangeIAM2OrganizationParent).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            parent_uuid: parentUuid (since 2.4.0)
            children_uuids: childrenUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_ORGANIZATION_PARENT,
            {
                "parentUuid": parent_uuid,
                "childrenUuids": children_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_iam2_organization_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2OrganizationStateResult:
        """修改组织状态 (ChangeIAM2OrganizationState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_ORGANIZATION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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

    def change_iam2_virtual_id_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDStateResult:
        """修改用户状态 (ChangeIAM2VirtualIDState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_IAM2_VIRTUAL_ID_STATE,
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

    def change_ticket_flow_collection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketFlowCollectionStateResult:
        """修改工单流程状态 (ChangeTicketFlowCollectionState).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            state_event: stateEvent (since 3.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_TICKET_FLOW_COLLECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_ticket_status(
        self,
        *,
        uuid: str,
        status_event: Literal["open", "approve", "cancel", "reject", "reopen"],
        comment: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketStatusResult:
        """修改工单状态 (ChangeTicketStatus).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            comment: comment (since 3.0.0; maxLength 65535)
            status_event: statusEvent (since 3.0.0; enum {'open', 'approve', 'cancel', 'reject', 'reopen'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_TICKET_STATUS,
            {
                "uuid": uuid,
                "comment": comment,
                "statusEvent": status_event,
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

    def check_iam2_virtual_id_config_file(
        self,
        *,
        virtual_id_infos: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckIAM2VirtualIDConfigFileResult:
        """创建用户文件语法检查 (CheckIAM2VirtualIDConfigFile).

        检查文件传入的用户信息是否可用于批量创建。

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            virtual_id_infos: 传入的base64格式的用户信息 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_IAM2_VIRTUAL_ID_CONFIG_FILE,
            {
                "virtualIDInfos": virtual_id_infos,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_invalid_ldap_iam2_binding(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanInvalidLdapIAM2BindingResult:
        """清除IAM2用户与AD/LDAP用户绑定关系 (CleanInvalidLdapIAM2Binding).

        清除IAM2用户与AD/LDAP用户的绑定关系。

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_INVALID_LDAP_IAM2_BINDING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_cas_client(
        self,
        *,
        cas_server_login_url: str,
        cas_server_url_prefix: str,
        login_type: str,
        name: str,
        server_name: str,
        url_template: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCasClientResult:
        """创建CAS客户端 (CreateCasClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cas_server_login_url: casServerLoginUrl (since 4.5.0)
            cas_server_url_prefix: casServerUrlPrefix (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            login_type: 登录的类型： cas-iam1 cas-iam2 oauth2-iam1 oauth2-iam2 (since 4.5.0)
            name: 资源名称 (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            server_name: mn的地址(http://{mn_ip:port}/8080) (since 4.5.0)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            url_template: 免密登录之后的跳转 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CAS_CLIENT,
            {
                "casServerLoginUrl": cas_server_login_url,
                "casServerUrlPrefix": cas_server_url_prefix,
                "description": description,
                "loginType": login_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "serverName": server_name,
                "tagUuids": tag_uuids,
                "urlTemplate": url_template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_organization(
        self,
        *,
        name: str,
        type: Literal["Company", "Department"],
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        parent_uuid: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        src_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2OrganizationResult:
        """添加组织 (CreateIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            parent_uuid: parentUuid (since 2.4.0)
            quota: 配额 (since 4.3.6)
            resource_uuid: resourceUuid (since 2.4.0)
            src_type: srcType
            tag_uuids: tagUuids
            type: 组织类型 (since 2.4.0; enum {'Company', 'Department'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_ORGANIZATION,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "parentUuid": parent_uuid,
                "quota": quota,
                "resourceUuid": resource_uuid,
                "srcType": src_type,
                "tagUuids": tag_uuids,
                "type": type,
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
        role_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        role_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        policy_uuids: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_iam2_tick_flow_collection(
        self,
        *,
        name: str,
        project_uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        ticket_type_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2TickFlowCollectionResult:
        """创建工单流程 (CreateIAM2TickFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            project_uuid: projectUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            ticket_type_uuids: ticketTypeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_TICK_FLOW_COLLECTION,
            {
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_virtual_id(
        self,
        *,
        name: str,
        password: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        organization_uuid: str | None = None,
        project_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        without_default_role: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDResult:
        """创建用户 (CreateIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 2.4.0)
            password: password (since 2.4.0; maxLength 2048)
            project_uuid: projectUuid (since 2.4.0)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            without_default_role: withoutDefaultRole
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_VIRTUAL_ID,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "organizationUuid": organization_uuid,
                "password": password,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "withoutDefaultRole": without_default_role,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_iam2_virtual_id_from_ldap_uid(
        self,
        *,
        ldap_uid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDFromLdapUidResult:
        """通过AD/LDAP用户DN创建IAM2用户 (CreateIAM2VirtualIDFromLdapUid).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_uid: AD/LDAP用户UID (since 4.7.0)
            resource_uuid: 资源UUID (since 4.7.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_VIRTUAL_ID_FROM_LDAP_UID,
            {
                "ldapUid": ldap_uid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    def create_iam2_virtual_id_ldap_binding(
        self,
        *,
        ldap_uid: str,
        virtual_id_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDLdapBindingResult:
        """创建AD/LDAP用户和IAM2用户绑定关系 (CreateIAM2VirtualIDLdapBinding).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_uid: AD/LDAP用户UUID (since 4.7.0)
            resource_uuid: resourceUuid (since 4.7.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            virtual_id_uuid: IAM2用户UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_IAM2_VIRTUAL_ID_LDAP_BINDING,
            {
                "ldapUid": ldap_uid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "virtualIDUuid": virtual_id_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_o_auth_client(
        self,
        *,
        client_id: str,
        client_type: str,
        grant_type: str,
        login_type: str,
        name: str,
        token_url: str,
        url_template: str,
        authorization_url: str | None = None,
        client_secret: str | None = None,
        description: str | None = None,
        identity_provider: str | None = None,
        logout_url: str | None = None,
        plugin_uuid: str | None = None,
        redirect_url: str | None = None,
        resource_uuid: str | None = None,
        scope_list: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        userinfo_url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOAuthClientResult:
        """创建OAuth客户端 (CreateOAuthClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            authorization_url: 认证url (since 4.5.0)
            client_id: 客户端ID (since 4.5.0)
            client_secret: 客户端密钥 (since 4.5.0)
            client_type: 客户端类型 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            grant_type: 认证模式 (since 4.5.0)
            identity_provider: 认证供应商 (since 5.1.8)
            login_type: 登录的类型 (since 4.5.0)
            logout_url: 登出地址 (since 4.7.21)
            name: 资源名称 (since 4.5.0)
            plugin_uuid: 供应商插件UUID (since 5.3.20)
            redirect_url: 用户自定义回调地址 (since 4.7.21)
            resource_uuid: 资源UUID (since 4.5.0)
            scope_list: 权限范围 (since 5.1.8)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            token_url: 认证token url (since 4.5.0)
            url_template: 认证之后跳转的地址 (since 4.5.0)
            userinfo_url: 请求用户信息地址 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_O_AUTH_CLIENT,
            {
                "authorizationUrl": authorization_url,
                "clientId": client_id,
                "clientSecret": client_secret,
                "clientType": client_type,
                "description": description,
                "grantType": grant_type,
                "identityProvider": identity_provider,
                "loginType": login_type,
                "logoutUrl": logout_url,
                "name": name,
                "pluginUuid": plugin_uuid,
                "redirectUrl": redirect_url,
                "resourceUuid": resource_uuid,
                "scopeList": scope_list,
                "tagUuids": tag_uuids,
                "tokenUrl": token_url,
                "urlTemplate": url_template,
                "userinfoUrl": userinfo_url,
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
        policy_uuids: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    def create_sso_redirect_template(
        self,
        *,
        client_uuid: str,
        description: str,
        name: str,
        redirect_template: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSSORedirectTemplateResult:
        """Create SSO redirect template (CreateSSORedirectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSSORedirectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_uuid: clientUuid
            description: description
            name: name
            redirect_template: redirectTemplate
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SSO_REDIRECT_TEMPLATE,
            {
                "clientUuid": client_uuid,
                "description": description,
                "name": name,
                "redirectTemplate": redirect_template,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ticket(
        self,
        *,
        account_system_context: Any,
        account_system_type: str,
        name: str,
        requests: Sequence[Any],
        description: str | None = None,
        flow_collection_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTicketResult:
        """创建工单 (CreateTicket).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_system_context: Any JSON value (the docs do not give its type). (since 3.0.0)
            account_system_type: accountSystemType (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flow_collection_uuid: flowCollectionUuid (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            requests: requests (since 3.0.0; minItems 1)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_TICKET,
            {
                "accountSystemContext": account_system_context,
                "accountSystemType": account_system_type,
                "description": description,
                "flowCollectionUuid": flow_collection_uuid,
                "name": name,
                "requests": requests,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_organization(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2OrganizationResult:
        """删除组织 (DeleteIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2TicketFlowResult:
        """删除自定义审批的步骤 (DeleteIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_iam2_virtual_id(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDResult:
        """删除用户 (DeleteIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_VIRTUAL_ID,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    def delete_iam2_virtual_id_ldap_binding(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDLdapBindingResult:
        """删除IAM2用户与AD/LDAP用户绑定关系 (DeleteIAM2VirtualIDLdapBinding).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IAM2_VIRTUAL_ID_LDAP_BINDING,
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

    def delete_sso_client(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSSOClientResult:
        """删除认证客户端 (DeleteSSOClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            delete_mode: 删除模式： Permissive Enforcing，Permissive (since 4.5.0)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SSO_CLIENT,
            {
                "deleteMode": delete_mode,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ticket(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketResult:
        """Delete ticket (DeleteTicket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/DeleteTicketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_TICKET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ticket_flow_collection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketFlowCollectionResult:
        """删除工单流程 (DeleteTicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_iam2_project_from_iam2_organization(
        self,
        *,
        project_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachIAM2ProjectFromIAM2OrganizationResult:
        """从组织卸载项目 (DetachIAM2ProjectFromIAM2Organization).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_IAM2_PROJECT_FROM_IAM2_ORGANIZATION,
            {
                "projectUuid": project_uuid,
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

    def get_candidate_ldap_entry_for_iam2_binding(
        self,
        *,
        ldap_filter: str,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateLdapEntryForIAM2BindingResult:
        """获取AD/LDAP认证可用用户条目 (GetCandidateLdapEntryForIAM2Binding).

        用于获取可供IAM2用户绑定的AD/LDAP条目。

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: AD/LDAP查询条件 (since 3.5.1)
            limit: AD/LDAP查询条数限制 (since 3.5.1; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_LDAP_ENTRY_FOR_IAM2_BINDING,
            {
                "ldapFilter": ldap_filter,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_iam2_organization_virtual_id_number(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2OrganizationVirtualIDNumberResult:
        """获取组织架构的成员数量 (GetIAM2OrganizationVirtualIDNumber).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IAM2_ORGANIZATION_VIRTUAL_ID_NUMBER,
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

    def get_o_auth2_token(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOAuth2TokenResult:
        """获取OAuth2 Token (GetOAuth2Token).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_O_AUTH2_TOKEN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_organization_quota_usage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOrganizationQuotaUsageResult:
        """获取组织架构的Quota (GetOrganizationQuotaUsage).

        Since ZStack 4.3.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ORGANIZATION_QUOTA_USAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_sso_client(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSSOClientResult:
        """获取认证客户端 (GetSSOClient).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SSO_CLIENT,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vms_scheduling_state_from_scheduling_rule(
        self,
        *,
        rule_uuid: str,
        vm_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmsSchedulingStateFromSchedulingRuleResult:
        """Get vms scheduling state from scheduling rule (GetVmsSchedulingStateFromSchedulingRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmsSchedulingStateFromSchedulingRuleAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            rule_uuid: ruleUuid
            vm_uuids: vmUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VMS_SCHEDULING_STATE_FROM_SCHEDULING_RULE,
            {
                "ruleUuid": rule_uuid,
                "vmUuids": vm_uuids,
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

    def login_iam2_virtual_id(
        self,
        *,
        name: str,
        password: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2VirtualIDResult:
        """登录用户 (LoginIAM2VirtualID).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: captchaUuid (since 2.4.0)
            client_info: 客户端信息 (since 3.5.0)
            name: 资源名称 (since 2.4.0)
            password: password (since 2.4.0)
            verify_code: verifyCode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOGIN_IAM2_VIRTUAL_ID,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "name": name,
                "password": password,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def login_iam2_virtual_id_with_ldap(
        self,
        *,
        password: str,
        uid: str,
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2VirtualIDWithLdapResult:
        """通过AD/LDAP认证登录IAM2用户 (LoginIAM2VirtualIDWithLdap).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: 验证登录码UUID (since 3.5.1)
            password: AD/LDAP用户登录密码 (since 3.5.1)
            uid: 平台指定的AD/LDAP用户登录属性值 (since 3.5.1)
            verify_code: 验证登录码 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOGIN_IAM2_VIRTUAL_ID_WITH_LDAP,
            {
                "captchaUuid": captcha_uuid,
                "password": password,
                "uid": uid,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_archive_ticket(
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
    ) -> QueryArchiveTicketResult:
        """查询归档的工单 (QueryArchiveTicket).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_pages(
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
        """Every result of ``query_archive_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_history(
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
    ) -> QueryArchiveTicketHistoryResult:
        """Query archive ticket history (QueryArchiveTicketHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/QueryArchiveTicketHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_archive_ticket_history_pages(
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
        """Every result of ``query_archive_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_iam2_ldap_binding(
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
    ) -> QueryIAM2LdapBindingResult:
        """查询AD/LDAP绑定 (QueryIAM2LdapBinding).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_LDAP_BINDING,
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

    def query_iam2_ldap_binding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LdapResourceRefInventory]:
        """Every result of ``query_iam2_ldap_binding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_LDAP_BINDING,
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

    def query_iam2_organization(
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
    ) -> QueryIAM2OrganizationResult:
        """查询组织 (QueryIAM2Organization).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_ORGANIZATION,
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

    def query_iam2_organization_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IAM2OrganizationInventory]:
        """Every result of ``query_iam2_organization``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION,
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

    def query_iam2_organization_project_ref(
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
    ) -> QueryIAM2OrganizationProjectRefResult:
        """查询组织与项目关联关系 (QueryIAM2OrganizationProjectRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_ORGANIZATION_PROJECT_REF,
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

    def query_iam2_organization_project_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IAM2OrganizationProjectRefInventory]:
        """Every result of ``query_iam2_organization_project_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION_PROJECT_REF,
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

    def query_iam2_project_account_ref(
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
    ) -> QueryIAM2ProjectAccountRefResult:
        """查询项目与账号关联关系 (QueryIAM2ProjectAccountRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_PROJECT_ACCOUNT_REF,
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

    def query_iam2_project_account_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IAM2ProjectAccountRefInventory]:
        """Every result of ``query_iam2_project_account_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ACCOUNT_REF,
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

    def query_iam2_virtual_id(
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
    ) -> QueryIAM2VirtualIDResult:
        """查询用户 (QueryIAM2VirtualID).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IAM2_VIRTUAL_ID,
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

    def query_iam2_virtual_id_pages(
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
        """Every result of ``query_iam2_virtual_id``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID,
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

    def query_ticket(
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
    ) -> QueryTicketResult:
        """查询工单 (QueryTicket).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET,
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

    def query_ticket_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketInventory]:
        """Every result of ``query_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET,
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

    def query_ticket_flow(
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
    ) -> QueryTicketFlowResult:
        """查询工单步骤 (QueryTicketFlow).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketFlowInventory]:
        """Every result of ``query_ticket_flow``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_collection(
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
    ) -> QueryTicketFlowCollectionResult:
        """查询工单流程 (QueryTicketFlowCollection).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_flow_collection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketFlowCollectionInventory]:
        """Every result of ``query_ticket_flow_collection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_history(
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
    ) -> QueryTicketHistoryResult:
        """查询工单历史 (QueryTicketHistory).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketStatusHistoryInventory]:
        """Every result of ``query_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_type(
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
    ) -> QueryTicketTypeResult:
        """查询工单类型 (QueryTicketType).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TICKET_TYPE,
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

    def query_ticket_type_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TicketTypeInventory]:
        """Every result of ``query_ticket_type``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_TYPE,
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

    def remove_attributes_from_iam2_organization(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2OrganizationResult:
        """从组织移除属性 (RemoveAttributesFromIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
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

    def remove_attributes_from_iam2_virtual_id(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2VirtualIDResult:
        """从用户移除属性 (RemoveAttributesFromIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID,
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

    def remove_iam2_virtual_ids_from_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromOrganizationResult:
        """从组织移除用户 (RemoveIAM2VirtualIDsFromOrganization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            organization_uuid: organizationUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_ORGANIZATION,
            {
                "organizationUuid": organization_uuid,
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

    def remove_ticket_types_from_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveTicketTypesFromTicketFlowCollectionResult:
        """移除工单流程关联的工单类型 (RemoveTicketTypesFromTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: ticketFlowCollectionUuid (since 3.6.0)
            ticket_type_uuids: ticketTypeUuids (since 3.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    def set_organization_operation(
        self,
        *,
        uuid: str,
        virtual_id_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetOrganizationOperationResult:
        """设置运营管理员 (SetOrganizationOperation).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6)
            virtual_id_uuid: 用户uuid (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_ORGANIZATION_OPERATION,
            {
                "uuid": uuid,
                "virtualIDUuid": virtual_id_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_organization_supervisor(
        self,
        *,
        uuid: str,
        virtual_id_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetOrganizationSupervisorResult:
        """设置部门负责人 (SetOrganizationSupervisor).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            virtual_id_uuid: virtualIDUuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_ORGANIZATION_SUPERVISOR,
            {
                "uuid": uuid,
                "virtualIDUuid": virtual_id_uuid,
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

    def sync_ldap_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncLdapServerResult:
        """同步AD/LDAP服务器用户及组织 (SyncLdapServer).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SYNC_LDAP_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_cas_client(
        self,
        *,
        uuid: str,
        cas_server_login_url: str | None = None,
        cas_server_url_prefix: str | None = None,
        description: str | None = None,
        login_type: str | None = None,
        name: str | None = None,
        server_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCasClientResult:
        """更新CAS客户端 (UpdateCasClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cas_server_login_url: casServerLoginUrl (since 4.5.0)
            cas_server_url_prefix: casServerUrlPrefix (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            login_type: 登录的类型： cas-iam1 cas-iam2 oauth2-iam1 oauth2-iam2 (since 4.5.0)
            name: 资源名称 (since 4.5.0)
            server_name: mn的地址(http://{mn_ip:port}/8080) (since 4.5.0)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CAS_CLIENT,
            {
                "casServerLoginUrl": cas_server_login_url,
                "casServerUrlPrefix": cas_server_url_prefix,
                "description": description,
                "loginType": login_type,
                "name": name,
                "serverName": server_name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_organization(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parent_uuid: str | None = None,
        type: Literal["Company", "Department"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2OrganizationResult:
        """更新组织 (UpdateIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            parent_uuid: parentUuid (since 2.4.0)
            type: type (since 2.4.0; enum {'Company', 'Department'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parentUuid": parent_uuid,
                "type": type,
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

    def update_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        approver_title: str | None = None,
        approver_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowResult:
        """修改自定义审批的步骤 (UpdateIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_iam2_ticket_flow_collection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowCollectionResult:
        """修改工单流程 (UpdateIAM2TicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IAM2_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
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

    def update_o_auth_client(
        self,
        *,
        uuid: str,
        authorization_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        description: str | None = None,
        identity_provider: str | None = None,
        login_type: str | None = None,
        logout_url: str | None = None,
        name: str | None = None,
        plugin_uuid: Any | None = None,
        redirect_url: str | None = None,
        scope_list: Sequence[Any] | None = None,
        token_url: str | None = None,
        userinfo_url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOAuthClientResult:
        """更新OAuth客户端 (UpdateOAuthClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            authorization_url: 认证url (since 4.5.0)
            client_id: 客户端ID (since 4.5.0)
            client_secret: 客户端密钥 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            identity_provider: 认证供应商 (since 5.1.8)
            login_type: 登录的类型 (since 4.5.0)
            logout_url: 登出地址 (since 4.7.21)
            name: 资源名称 (since 4.5.0)
            plugin_uuid: 供应商插件UUID (since 5.3.28)
            redirect_url: 用户自定义回调地址 (since 4.7.21)
            scope_list: 权限范围 (since 5.1.8)
            token_url: 认证token url (since 4.5.0)
            userinfo_url: 请求用户信息地址 (since 4.7.21)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_O_AUTH_CLIENT,
            {
                "authorizationUrl": authorization_url,
                "clientId": client_id,
                "clientSecret": client_secret,
                "description": description,
                "identityProvider": identity_provider,
                "loginType": login_type,
                "logoutUrl": logout_url,
                "name": name,
                "pluginUuid": plugin_uuid,
                "redirectUrl": redirect_url,
                "scopeList": scope_list,
                "tokenUrl": token_url,
                "userinfoUrl": userinfo_url,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_organization_quota(
        self,
        *,
        identity_uuid: str,
        name: str,
        value: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOrganizationQuotaResult:
        """更新组织架构Quota (UpdateOrganizationQuota).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            identity_uuid: uuid (since 4.3.6)
            name: quota名称 (since 4.3.6)
            value: 修改的值 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ORGANIZATION_QUOTA,
            {
                "identityUuid": identity_uuid,
                "name": name,
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
        policy_uuids: Sequence[Any] | None = None,
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

    def update_sso_redirect_template(
        self,
        *,
        redirect_template: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSSORedirectTemplateResult:
        """修改重定向UI (UpdateSSORedirectTemplate).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            redirect_template: UI重定向地址 (since 4.7.21)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SSO_REDIRECT_TEMPLATE,
            {
                "redirectTemplate": redirect_template,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ticket_request(
        self,
        *,
        uuid: str,
        requests: Sequence[Any],
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTicketRequestResult:
        """更新工单请求 (UpdateTicketRequest).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: description (maxLength 2048)
            requests: requests (since 3.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_TICKET_REQUEST,
            {
                "uuid": uuid,
                "description": description,
                "requests": requests,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncTenantManagementApi(AsyncAPIClient):
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

    async def add_attributes_to_iam2_virtual_id(
        self,
        *,
        uuid: str,
        attributes: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAttributesToIAM2VirtualIDResult:
        """为用户添加属性 (AddAttributesToIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attributes: 属性 (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ATTRIBUTES_TO_IAM2_VIRTUAL_ID,
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

    async def add_iam2_ticket_flow(
        self,
        *,
        approver_uuid: str,
        collection_uuid: str,
        name: str,
        approver_title: str | None = None,
        description: str | None = None,
        parent_flow_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2TicketFlowResult:
        """添加自定义审批的步骤 (AddIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            collection_uuid: collectionUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            parent_flow_uuid: parentFlowUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_TICKET_FLOW,
            {
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "collectionUuid": collection_uuid,
                "description": description,
                "name": name,
                "parentFlowUuid": parent_flow_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_iam2_virtual_id_group_to_projects(
        self,
        *,
        group_uuids: Sequence[Any],
        project_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        virtual_id_uuids: Sequence[Any],
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

    async def add_iam2_virtual_ids_to_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIAM2VirtualIDsToOrganizationResult:
        """将用户添加到组织 (AddIAM2VirtualIDsToOrganization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            organization_uuid: organizationUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IAM2_VIRTUAL_IDS_TO_ORGANIZATION,
            {
                "organizationUuid": organization_uuid,
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
        virtual_id_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        project_uuids: Sequence[Any],
        virtual_id_uuids: Sequence[Any],
        role_uuids: Sequence[Any] | None = None,
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
        role_uuids: Sequence[Any],
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
        role_uuids: Sequence[Any],
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

    async def add_ticket_types_to_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddTicketTypesToTicketFlowCollectionResult:
        """增加工单审批流程对应的工单类型 (AddTicketTypesToTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: 工单流程UUID (since 3.6.0)
            ticket_type_uuids: 工单类型UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_TICKET_TYPES_TO_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_iam2_project_to_iam2_organization(
        self,
        *,
        project_uuid: str,
        organization_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachIAM2ProjectToIAM2OrganizationResult:
        """将项目加载到组织 (AttachIAM2ProjectToIAM2Organization).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目UUID (since 3.6.0)
            organization_uuid: 组织UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_IAM2_PROJECT_TO_IAM2_ORGANIZATION,
            {
                "projectUuid": project_uuid,
                "organizationUuid": organization_uuid,
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

    async def batch_create_iam2_virtual_id_from_config_file(
        self,
        *,
        virtual_id_infos: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> BatchCreateIAM2VirtualIDFromConfigFileResult:
        """通过文件导入方式创建用户 (BatchCreateIAM2VirtualIDFromConfigFile).

        根据导入文件批量创建IAM2用户。

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            virtual_id_infos: 传入的base64格式的用户信息 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            BATCH_CREATE_IAM2_VIRTUAL_ID_FROM_CONFIG_FILE,
            {
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "virtualIDInfos": virtual_id_infos,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_iam2_organization_parent(
        self,
        *,
        parent_uuid: str,
        children_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2OrganizationParentResult:
        """修改组织的上级部门 (ChangeIAM2OrganizationParent).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            parent_uuid: parentUuid (since 2.4.0)
            children_uuids: childrenUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_ORGANIZATION_PARENT,
            {
                "parentUuid": parent_uuid,
                "childrenUuids": children_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_iam2_organization_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2OrganizationStateResult:
        """修改组织状态 (ChangeIAM2OrganizationState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_ORGANIZATION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
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

    async def change_iam2_virtual_id_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeIAM2VirtualIDStateResult:
        """修改用户状态 (ChangeIAM2VirtualIDState).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            state_event: stateEvent (since 2.4.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_IAM2_VIRTUAL_ID_STATE,
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

    async def change_ticket_flow_collection_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketFlowCollectionStateResult:
        """修改工单流程状态 (ChangeTicketFlowCollectionState).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            state_event: stateEvent (since 3.0.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_TICKET_FLOW_COLLECTION_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_ticket_status(
        self,
        *,
        uuid: str,
        status_event: Literal["open", "approve", "cancel", "reject", "reopen"],
        comment: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeTicketStatusResult:
        """修改工单状态 (ChangeTicketStatus).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            comment: comment (since 3.0.0; maxLength 65535)
            status_event: statusEvent (since 3.0.0; enum {'open', 'approve', 'cancel', 'reject', 'reopen'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_TICKET_STATUS,
            {
                "uuid": uuid,
                "comment": comment,
                "statusEvent": status_event,
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

    async def check_iam2_virtual_id_config_file(
        self,
        *,
        virtual_id_infos: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckIAM2VirtualIDConfigFileResult:
        """创建用户文件语法检查 (CheckIAM2VirtualIDConfigFile).

        检查文件传入的用户信息是否可用于批量创建。

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            virtual_id_infos: 传入的base64格式的用户信息 (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_IAM2_VIRTUAL_ID_CONFIG_FILE,
            {
                "virtualIDInfos": virtual_id_infos,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_invalid_ldap_iam2_binding(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanInvalidLdapIAM2BindingResult:
        """清除IAM2用户与AD/LDAP用户绑定关系 (CleanInvalidLdapIAM2Binding).

        清除IAM2用户与AD/LDAP用户的绑定关系。

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_INVALID_LDAP_IAM2_BINDING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_cas_client(
        self,
        *,
        cas_server_login_url: str,
        cas_server_url_prefix: str,
        login_type: str,
        name: str,
        server_name: str,
        url_template: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCasClientResult:
        """创建CAS客户端 (CreateCasClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cas_server_login_url: casServerLoginUrl (since 4.5.0)
            cas_server_url_prefix: casServerUrlPrefix (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            login_type: 登录的类型： cas-iam1 cas-iam2 oauth2-iam1 oauth2-iam2 (since 4.5.0)
            name: 资源名称 (since 4.5.0)
            resource_uuid: 资源UUID (since 4.5.0)
            server_name: mn的地址(http://{mn_ip:port}/8080) (since 4.5.0)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            url_template: 免密登录之后的跳转 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CAS_CLIENT,
            {
                "casServerLoginUrl": cas_server_login_url,
                "casServerUrlPrefix": cas_server_url_prefix,
                "description": description,
                "loginType": login_type,
                "name": name,
                "resourceUuid": resource_uuid,
                "serverName": server_name,
                "tagUuids": tag_uuids,
                "urlTemplate": url_template,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_organization(
        self,
        *,
        name: str,
        type: Literal["Company", "Department"],
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        parent_uuid: str | None = None,
        quota: Mapping[str, Any] | None = None,
        resource_uuid: str | None = None,
        src_type: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2OrganizationResult:
        """添加组织 (CreateIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            parent_uuid: parentUuid (since 2.4.0)
            quota: 配额 (since 4.3.6)
            resource_uuid: resourceUuid (since 2.4.0)
            src_type: srcType
            tag_uuids: tagUuids
            type: 组织类型 (since 2.4.0; enum {'Company', 'Department'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_ORGANIZATION,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "parentUuid": parent_uuid,
                "quota": quota,
                "resourceUuid": resource_uuid,
                "srcType": src_type,
                "tagUuids": tag_uuids,
                "type": type,
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
        role_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        role_uuids: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        policy_uuids: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_iam2_tick_flow_collection(
        self,
        *,
        name: str,
        project_uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        ticket_type_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2TickFlowCollectionResult:
        """创建工单流程 (CreateIAM2TickFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            project_uuid: projectUuid (since 3.0.0)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            ticket_type_uuids: ticketTypeUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_TICK_FLOW_COLLECTION,
            {
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_virtual_id(
        self,
        *,
        name: str,
        password: str,
        attributes: Sequence[Any] | None = None,
        description: str | None = None,
        organization_uuid: str | None = None,
        project_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        without_default_role: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDResult:
        """创建用户 (CreateIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            attributes: attributes (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            organization_uuid: organizationUuid (since 2.4.0)
            password: password (since 2.4.0; maxLength 2048)
            project_uuid: projectUuid (since 2.4.0)
            resource_uuid: resourceUuid (since 2.4.0)
            tag_uuids: 标签UUID列表 (since 3.4.0)
            without_default_role: withoutDefaultRole
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_VIRTUAL_ID,
            {
                "attributes": attributes,
                "description": description,
                "name": name,
                "organizationUuid": organization_uuid,
                "password": password,
                "projectUuid": project_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "withoutDefaultRole": without_default_role,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_iam2_virtual_id_from_ldap_uid(
        self,
        *,
        ldap_uid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDFromLdapUidResult:
        """通过AD/LDAP用户DN创建IAM2用户 (CreateIAM2VirtualIDFromLdapUid).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_uid: AD/LDAP用户UID (since 4.7.0)
            resource_uuid: 资源UUID (since 4.7.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_VIRTUAL_ID_FROM_LDAP_UID,
            {
                "ldapUid": ldap_uid,
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
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_iam2_virtual_id_ldap_binding(
        self,
        *,
        ldap_uid: str,
        virtual_id_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateIAM2VirtualIDLdapBindingResult:
        """创建AD/LDAP用户和IAM2用户绑定关系 (CreateIAM2VirtualIDLdapBinding).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_uid: AD/LDAP用户UUID (since 4.7.0)
            resource_uuid: resourceUuid (since 4.7.0)
            tag_uuids: 标签UUID列表 (since 4.7.0)
            virtual_id_uuid: IAM2用户UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_IAM2_VIRTUAL_ID_LDAP_BINDING,
            {
                "ldapUid": ldap_uid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "virtualIDUuid": virtual_id_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_o_auth_client(
        self,
        *,
        client_id: str,
        client_type: str,
        grant_type: str,
        login_type: str,
        name: str,
        token_url: str,
        url_template: str,
        authorization_url: str | None = None,
        client_secret: str | None = None,
        description: str | None = None,
        identity_provider: str | None = None,
        logout_url: str | None = None,
        plugin_uuid: str | None = None,
        redirect_url: str | None = None,
        resource_uuid: str | None = None,
        scope_list: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
        userinfo_url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateOAuthClientResult:
        """创建OAuth客户端 (CreateOAuthClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            authorization_url: 认证url (since 4.5.0)
            client_id: 客户端ID (since 4.5.0)
            client_secret: 客户端密钥 (since 4.5.0)
            client_type: 客户端类型 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            grant_type: 认证模式 (since 4.5.0)
            identity_provider: 认证供应商 (since 5.1.8)
            login_type: 登录的类型 (since 4.5.0)
            logout_url: 登出地址 (since 4.7.21)
            name: 资源名称 (since 4.5.0)
            plugin_uuid: 供应商插件UUID (since 5.3.20)
            redirect_url: 用户自定义回调地址 (since 4.7.21)
            resource_uuid: 资源UUID (since 4.5.0)
            scope_list: 权限范围 (since 5.1.8)
            tag_uuids: 标签UUID列表 (since 4.5.0)
            token_url: 认证token url (since 4.5.0)
            url_template: 认证之后跳转的地址 (since 4.5.0)
            userinfo_url: 请求用户信息地址 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_O_AUTH_CLIENT,
            {
                "authorizationUrl": authorization_url,
                "clientId": client_id,
                "clientSecret": client_secret,
                "clientType": client_type,
                "description": description,
                "grantType": grant_type,
                "identityProvider": identity_provider,
                "loginType": login_type,
                "logoutUrl": logout_url,
                "name": name,
                "pluginUuid": plugin_uuid,
                "redirectUrl": redirect_url,
                "resourceUuid": resource_uuid,
                "scopeList": scope_list,
                "tagUuids": tag_uuids,
                "tokenUrl": token_url,
                "urlTemplate": url_template,
                "userinfoUrl": userinfo_url,
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
        policy_uuids: Sequence[Any] | None = None,
        resource_uuid: str | None = None,
        statements: Sequence[Any] | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    async def create_sso_redirect_template(
        self,
        *,
        client_uuid: str,
        description: str,
        name: str,
        redirect_template: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSSORedirectTemplateResult:
        """Create SSO redirect template (CreateSSORedirectTemplate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSSORedirectTemplateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_uuid: clientUuid
            description: description
            name: name
            redirect_template: redirectTemplate
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SSO_REDIRECT_TEMPLATE,
            {
                "clientUuid": client_uuid,
                "description": description,
                "name": name,
                "redirectTemplate": redirect_template,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ticket(
        self,
        *,
        account_system_context: Any,
        account_system_type: str,
        name: str,
        requests: Sequence[Any],
        description: str | None = None,
        flow_collection_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateTicketResult:
        """创建工单 (CreateTicket).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_system_context: Any JSON value (the docs do not give its type). (since 3.0.0)
            account_system_type: accountSystemType (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flow_collection_uuid: flowCollectionUuid (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            requests: requests (since 3.0.0; minItems 1)
            resource_uuid: resourceUuid (since 3.0.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_TICKET,
            {
                "accountSystemContext": account_system_context,
                "accountSystemType": account_system_type,
                "description": description,
                "flowCollectionUuid": flow_collection_uuid,
                "name": name,
                "requests": requests,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_organization(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2OrganizationResult:
        """删除组织 (DeleteIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2TicketFlowResult:
        """删除自定义审批的步骤 (DeleteIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_iam2_virtual_id(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDResult:
        """删除用户 (DeleteIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            delete_mode: deleteMode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_VIRTUAL_ID,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
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

    async def delete_iam2_virtual_id_ldap_binding(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIAM2VirtualIDLdapBindingResult:
        """删除IAM2用户与AD/LDAP用户绑定关系 (DeleteIAM2VirtualIDLdapBinding).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IAM2_VIRTUAL_ID_LDAP_BINDING,
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

    async def delete_sso_client(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSSOClientResult:
        """删除认证客户端 (DeleteSSOClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            delete_mode: 删除模式： Permissive Enforcing，Permissive (since 4.5.0)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SSO_CLIENT,
            {
                "deleteMode": delete_mode,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ticket(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketResult:
        """Delete ticket (DeleteTicket).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/DeleteTicketAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_TICKET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ticket_flow_collection(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteTicketFlowCollectionResult:
        """删除工单流程 (DeleteTicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            delete_mode: deleteMode (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_iam2_project_from_iam2_organization(
        self,
        *,
        project_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachIAM2ProjectFromIAM2OrganizationResult:
        """从组织卸载项目 (DetachIAM2ProjectFromIAM2Organization).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            project_uuid: 项目UUID (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_IAM2_PROJECT_FROM_IAM2_ORGANIZATION,
            {
                "projectUuid": project_uuid,
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

    async def get_candidate_ldap_entry_for_iam2_binding(
        self,
        *,
        ldap_filter: str,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateLdapEntryForIAM2BindingResult:
        """获取AD/LDAP认证可用用户条目 (GetCandidateLdapEntryForIAM2Binding).

        用于获取可供IAM2用户绑定的AD/LDAP条目。

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: AD/LDAP查询条件 (since 3.5.1)
            limit: AD/LDAP查询条数限制 (since 3.5.1; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_LDAP_ENTRY_FOR_IAM2_BINDING,
            {
                "ldapFilter": ldap_filter,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_iam2_organization_virtual_id_number(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIAM2OrganizationVirtualIDNumberResult:
        """获取组织架构的成员数量 (GetIAM2OrganizationVirtualIDNumber).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IAM2_ORGANIZATION_VIRTUAL_ID_NUMBER,
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

    async def get_o_auth2_token(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOAuth2TokenResult:
        """获取OAuth2 Token (GetOAuth2Token).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_O_AUTH2_TOKEN,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_organization_quota_usage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetOrganizationQuotaUsageResult:
        """获取组织架构的Quota (GetOrganizationQuotaUsage).

        Since ZStack 4.3.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ORGANIZATION_QUOTA_USAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_sso_client(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSSOClientResult:
        """获取认证客户端 (GetSSOClient).

        Since ZStack 4.6.21. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SSO_CLIENT,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vms_scheduling_state_from_scheduling_rule(
        self,
        *,
        rule_uuid: str,
        vm_uuids: Sequence[Any],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmsSchedulingStateFromSchedulingRuleResult:
        """Get vms scheduling state from scheduling rule (GetVmsSchedulingStateFromSchedulingRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetVmsSchedulingStateFromSchedulingRuleAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            rule_uuid: ruleUuid
            vm_uuids: vmUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VMS_SCHEDULING_STATE_FROM_SCHEDULING_RULE,
            {
                "ruleUuid": rule_uuid,
                "vmUuids": vm_uuids,
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

    async def login_iam2_virtual_id(
        self,
        *,
        name: str,
        password: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2VirtualIDResult:
        """登录用户 (LoginIAM2VirtualID).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: captchaUuid (since 2.4.0)
            client_info: 客户端信息 (since 3.5.0)
            name: 资源名称 (since 2.4.0)
            password: password (since 2.4.0)
            verify_code: verifyCode (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOGIN_IAM2_VIRTUAL_ID,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "name": name,
                "password": password,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def login_iam2_virtual_id_with_ldap(
        self,
        *,
        password: str,
        uid: str,
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginIAM2VirtualIDWithLdapResult:
        """通过AD/LDAP认证登录IAM2用户 (LoginIAM2VirtualIDWithLdap).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: 验证登录码UUID (since 3.5.1)
            password: AD/LDAP用户登录密码 (since 3.5.1)
            uid: 平台指定的AD/LDAP用户登录属性值 (since 3.5.1)
            verify_code: 验证登录码 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOGIN_IAM2_VIRTUAL_ID_WITH_LDAP,
            {
                "captchaUuid": captcha_uuid,
                "password": password,
                "uid": uid,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_archive_ticket(
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
    ) -> QueryArchiveTicketResult:
        """查询归档的工单 (QueryArchiveTicket).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ARCHIVE_TICKET,
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

    def query_archive_ticket_pages(
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
        """Every result of ``query_archive_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET,
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

    async def query_archive_ticket_history(
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
    ) -> QueryArchiveTicketHistoryResult:
        """Query archive ticket history (QueryArchiveTicketHistory).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ticket/api/QueryArchiveTicketHistoryAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    def query_archive_ticket_history_pages(
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
        """Every result of ``query_archive_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ARCHIVE_TICKET_HISTORY,
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

    async def query_iam2_ldap_binding(
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
    ) -> QueryIAM2LdapBindingResult:
        """查询AD/LDAP绑定 (QueryIAM2LdapBinding).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_LDAP_BINDING,
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

    def query_iam2_ldap_binding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LdapResourceRefInventory]:
        """Every result of ``query_iam2_ldap_binding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_LDAP_BINDING,
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

    async def query_iam2_organization(
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
    ) -> QueryIAM2OrganizationResult:
        """查询组织 (QueryIAM2Organization).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_ORGANIZATION,
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

    def query_iam2_organization_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IAM2OrganizationInventory]:
        """Every result of ``query_iam2_organization``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION,
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

    async def query_iam2_organization_project_ref(
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
    ) -> QueryIAM2OrganizationProjectRefResult:
        """查询组织与项目关联关系 (QueryIAM2OrganizationProjectRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_ORGANIZATION_PROJECT_REF,
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

    def query_iam2_organization_project_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IAM2OrganizationProjectRefInventory]:
        """Every result of ``query_iam2_organization_project_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_ORGANIZATION_PROJECT_REF,
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

    async def query_iam2_project_account_ref(
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
    ) -> QueryIAM2ProjectAccountRefResult:
        """查询项目与账号关联关系 (QueryIAM2ProjectAccountRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_PROJECT_ACCOUNT_REF,
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

    def query_iam2_project_account_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IAM2ProjectAccountRefInventory]:
        """Every result of ``query_iam2_project_account_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_PROJECT_ACCOUNT_REF,
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

    async def query_iam2_virtual_id(
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
    ) -> QueryIAM2VirtualIDResult:
        """查询用户 (QueryIAM2VirtualID).

        Since ZStack 2.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IAM2_VIRTUAL_ID,
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

    def query_iam2_virtual_id_pages(
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
        """Every result of ``query_iam2_virtual_id``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IAM2_VIRTUAL_ID,
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

    async def query_ticket(
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
    ) -> QueryTicketResult:
        """查询工单 (QueryTicket).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET,
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

    def query_ticket_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketInventory]:
        """Every result of ``query_ticket``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET,
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

    async def query_ticket_flow(
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
    ) -> QueryTicketFlowResult:
        """查询工单步骤 (QueryTicketFlow).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_FLOW,
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

    def query_ticket_flow_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketFlowInventory]:
        """Every result of ``query_ticket_flow``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW,
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

    async def query_ticket_flow_collection(
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
    ) -> QueryTicketFlowCollectionResult:
        """查询工单流程 (QueryTicketFlowCollection).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_FLOW_COLLECTION,
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

    def query_ticket_flow_collection_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketFlowCollectionInventory]:
        """Every result of ``query_ticket_flow_collection``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_FLOW_COLLECTION,
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

    async def query_ticket_history(
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
    ) -> QueryTicketHistoryResult:
        """查询工单历史 (QueryTicketHistory).

        Since ZStack 3.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_HISTORY,
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

    def query_ticket_history_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketStatusHistoryInventory]:
        """Every result of ``query_ticket_history``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_HISTORY,
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

    async def query_ticket_type(
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
    ) -> QueryTicketTypeResult:
        """查询工单类型 (QueryTicketType).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TICKET_TYPE,
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

    def query_ticket_type_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TicketTypeInventory]:
        """Every result of ``query_ticket_type``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TICKET_TYPE,
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

    async def remove_attributes_from_iam2_organization(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2OrganizationResult:
        """从组织移除属性 (RemoveAttributesFromIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "attributeUuids": attribute_uuids,
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

    async def remove_attributes_from_iam2_virtual_id(
        self,
        *,
        uuid: str,
        attribute_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAttributesFromIAM2VirtualIDResult:
        """从用户移除属性 (RemoveAttributesFromIAM2VirtualID).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            attribute_uuids: attributeUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ATTRIBUTES_FROM_IAM2_VIRTUAL_ID,
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

    async def remove_iam2_virtual_ids_from_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveIAM2VirtualIDsFromOrganizationResult:
        """从组织移除用户 (RemoveIAM2VirtualIDsFromOrganization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            organization_uuid: organizationUuid (since 2.4.0)
            virtual_id_uuids: virtualIDUuids (since 2.4.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_IAM2_VIRTUAL_IDS_FROM_ORGANIZATION,
            {
                "organizationUuid": organization_uuid,
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

    async def remove_ticket_types_from_ticket_flow_collection(
        self,
        *,
        ticket_flow_collection_uuid: str,
        ticket_type_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveTicketTypesFromTicketFlowCollectionResult:
        """移除工单流程关联的工单类型 (RemoveTicketTypesFromTicketFlowCollection).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ticket_flow_collection_uuid: ticketFlowCollectionUuid (since 3.6.0)
            ticket_type_uuids: ticketTypeUuids (since 3.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_TICKET_TYPES_FROM_TICKET_FLOW_COLLECTION,
            {
                "ticketFlowCollectionUuid": ticket_flow_collection_uuid,
                "ticketTypeUuids": ticket_type_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
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

    async def set_organization_operation(
        self,
        *,
        uuid: str,
        virtual_id_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetOrganizationOperationResult:
        """设置运营管理员 (SetOrganizationOperation).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.3.6)
            virtual_id_uuid: 用户uuid (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_ORGANIZATION_OPERATION,
            {
                "uuid": uuid,
                "virtualIDUuid": virtual_id_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_organization_supervisor(
        self,
        *,
        uuid: str,
        virtual_id_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetOrganizationSupervisorResult:
        """设置部门负责人 (SetOrganizationSupervisor).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0)
            virtual_id_uuid: virtualIDUuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_ORGANIZATION_SUPERVISOR,
            {
                "uuid": uuid,
                "virtualIDUuid": virtual_id_uuid,
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

    async def sync_ldap_server(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SyncLdapServerResult:
        """同步AD/LDAP服务器用户及组织 (SyncLdapServer).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SYNC_LDAP_SERVER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_cas_client(
        self,
        *,
        uuid: str,
        cas_server_login_url: str | None = None,
        cas_server_url_prefix: str | None = None,
        description: str | None = None,
        login_type: str | None = None,
        name: str | None = None,
        server_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCasClientResult:
        """更新CAS客户端 (UpdateCasClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cas_server_login_url: casServerLoginUrl (since 4.5.0)
            cas_server_url_prefix: casServerUrlPrefix (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            login_type: 登录的类型： cas-iam1 cas-iam2 oauth2-iam1 oauth2-iam2 (since 4.5.0)
            name: 资源名称 (since 4.5.0)
            server_name: mn的地址(http://{mn_ip:port}/8080) (since 4.5.0)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CAS_CLIENT,
            {
                "casServerLoginUrl": cas_server_login_url,
                "casServerUrlPrefix": cas_server_url_prefix,
                "description": description,
                "loginType": login_type,
                "name": name,
                "serverName": server_name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_organization(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        parent_uuid: str | None = None,
        type: Literal["Company", "Department"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2OrganizationResult:
        """更新组织 (UpdateIAM2Organization).

        Since ZStack 2.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.4.0)
            description: 资源的详细描述 (since 2.4.0; maxLength 2048)
            name: 资源名称 (since 2.4.0; maxLength 255)
            parent_uuid: parentUuid (since 2.4.0)
            type: type (since 2.4.0; enum {'Company', 'Department'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_ORGANIZATION,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "parentUuid": parent_uuid,
                "type": type,
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

    async def update_iam2_ticket_flow(
        self,
        *,
        uuid: str,
        approver_title: str | None = None,
        approver_uuid: str | None = None,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowResult:
        """修改自定义审批的步骤 (UpdateIAM2TicketFlow).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            approver_title: approverTitle (since 3.0.0)
            approver_uuid: approverUuid (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0)
            name: 资源名称 (since 3.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_TICKET_FLOW,
            {
                "uuid": uuid,
                "approverTitle": approver_title,
                "approverUuid": approver_uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_iam2_ticket_flow_collection(
        self,
        *,
        uuid: str,
        description: str | None = None,
        flows: Sequence[Any] | None = None,
        is_default: bool | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIAM2TicketFlowCollectionResult:
        """修改工单流程 (UpdateIAM2TicketFlowCollection).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: 资源的详细描述 (since 3.0.0; maxLength 2048)
            flows: flows (since 3.0.0)
            is_default: isDefault (since 3.0.0)
            name: 资源名称 (since 3.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IAM2_TICKET_FLOW_COLLECTION,
            {
                "uuid": uuid,
                "description": description,
                "flows": flows,
                "isDefault": is_default,
                "name": name,
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

    async def update_o_auth_client(
        self,
        *,
        uuid: str,
        authorization_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        description: str | None = None,
        identity_provider: str | None = None,
        login_type: str | None = None,
        logout_url: str | None = None,
        name: str | None = None,
        plugin_uuid: Any | None = None,
        redirect_url: str | None = None,
        scope_list: Sequence[Any] | None = None,
        token_url: str | None = None,
        userinfo_url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOAuthClientResult:
        """更新OAuth客户端 (UpdateOAuthClient).

        Since ZStack 4.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            authorization_url: 认证url (since 4.5.0)
            client_id: 客户端ID (since 4.5.0)
            client_secret: 客户端密钥 (since 4.5.0)
            description: 资源的详细描述 (since 4.5.0)
            identity_provider: 认证供应商 (since 5.1.8)
            login_type: 登录的类型 (since 4.5.0)
            logout_url: 登出地址 (since 4.7.21)
            name: 资源名称 (since 4.5.0)
            plugin_uuid: 供应商插件UUID (since 5.3.28)
            redirect_url: 用户自定义回调地址 (since 4.7.21)
            scope_list: 权限范围 (since 5.1.8)
            token_url: 认证token url (since 4.5.0)
            userinfo_url: 请求用户信息地址 (since 4.7.21)
            uuid: 资源的UUID，唯一标示该资源 (since 4.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_O_AUTH_CLIENT,
            {
                "authorizationUrl": authorization_url,
                "clientId": client_id,
                "clientSecret": client_secret,
                "description": description,
                "identityProvider": identity_provider,
                "loginType": login_type,
                "logoutUrl": logout_url,
                "name": name,
                "pluginUuid": plugin_uuid,
                "redirectUrl": redirect_url,
                "scopeList": scope_list,
                "tokenUrl": token_url,
                "userinfoUrl": userinfo_url,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_organization_quota(
        self,
        *,
        identity_uuid: str,
        name: str,
        value: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateOrganizationQuotaResult:
        """更新组织架构Quota (UpdateOrganizationQuota).

        Since ZStack 4.3.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            identity_uuid: uuid (since 4.3.6)
            name: quota名称 (since 4.3.6)
            value: 修改的值 (since 4.3.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ORGANIZATION_QUOTA,
            {
                "identityUuid": identity_uuid,
                "name": name,
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
        policy_uuids: Sequence[Any] | None = None,
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

    async def update_sso_redirect_template(
        self,
        *,
        redirect_template: str,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSSORedirectTemplateResult:
        """修改重定向UI (UpdateSSORedirectTemplate).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            redirect_template: UI重定向地址 (since 4.7.21)
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SSO_REDIRECT_TEMPLATE,
            {
                "redirectTemplate": redirect_template,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ticket_request(
        self,
        *,
        uuid: str,
        requests: Sequence[Any],
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateTicketRequestResult:
        """更新工单请求 (UpdateTicketRequest).

        Since ZStack 3.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.0.0)
            description: description (maxLength 2048)
            requests: requests (since 3.0.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_TICKET_REQUEST,
            {
                "uuid": uuid,
                "description": description,
                "requests": requests,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

"""``client.iam2_organizations``: 27 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_attributes_to_iam2_virtual_id_result import AddAttributesToIAM2VirtualIDResult
    from ..models.add_iam2_virtual_ids_to_organization_result import (
        AddIAM2VirtualIDsToOrganizationResult,
    )
    from ..models.attach_iam2_project_to_iam2_organization_result import (
        AttachIAM2ProjectToIAM2OrganizationResult,
    )
    from ..models.batch_create_iam2_virtual_id_from_config_file_result import (
        BatchCreateIAM2VirtualIDFromConfigFileResult,
    )
    from ..models.change_iam2_organization_parent_result import ChangeIAM2OrganizationParentResult
    from ..models.change_iam2_organization_state_result import ChangeIAM2OrganizationStateResult
    from ..models.change_iam2_virtual_id_state_result import ChangeIAM2VirtualIDStateResult
    from ..models.check_iam2_virtual_id_config_file_result import CheckIAM2VirtualIDConfigFileResult
    from ..models.create_iam2_organization_result import CreateIAM2OrganizationResult
    from ..models.create_iam2_virtual_id_result import CreateIAM2VirtualIDResult
    from ..models.delete_iam2_organization_result import DeleteIAM2OrganizationResult
    from ..models.delete_iam2_virtual_id_result import DeleteIAM2VirtualIDResult
    from ..models.detach_iam2_project_from_iam2_organization_result import (
        DetachIAM2ProjectFromIAM2OrganizationResult,
    )
    from ..models.get_iam2_organization_virtual_id_number_result import (
        GetIAM2OrganizationVirtualIDNumberResult,
    )
    from ..models.get_organization_quota_usage_result import GetOrganizationQuotaUsageResult
    from ..models.iam2_organization_inventory import IAM2OrganizationInventory
    from ..models.iam2_organization_project_ref_inventory import IAM2OrganizationProjectRefInventory
    from ..models.iam2_project_account_ref_inventory import IAM2ProjectAccountRefInventory
    from ..models.login_iam2_virtual_id_result import LoginIAM2VirtualIDResult
    from ..models.query_iam2_organization_project_ref_result import (
        QueryIAM2OrganizationProjectRefResult,
    )
    from ..models.query_iam2_organization_result import QueryIAM2OrganizationResult
    from ..models.query_iam2_project_account_ref_result import QueryIAM2ProjectAccountRefResult
    from ..models.query_iam2_virtual_id_result import QueryIAM2VirtualIDResult
    from ..models.remove_attributes_from_iam2_organization_result import (
        RemoveAttributesFromIAM2OrganizationResult,
    )
    from ..models.remove_attributes_from_iam2_virtual_id_result import (
        RemoveAttributesFromIAM2VirtualIDResult,
    )
    from ..models.remove_iam2_virtual_ids_from_organization_result import (
        RemoveIAM2VirtualIDsFromOrganizationResult,
    )
    from ..models.set_organization_operation_result import SetOrganizationOperationResult
    from ..models.set_organization_supervisor_result import SetOrganizationSupervisorResult
    from ..models.update_iam2_organization_result import UpdateIAM2OrganizationResult
    from ..models.update_organization_quota_result import UpdateOrganizationQuotaResult

__all__ = ["AsyncIam2OrganizationsApi", "Iam2OrganizationsApi"]


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
    names=("uuid", "attributes", "system_tags", "user_tags"),
    required=("uuid", "attributes"),
    body_key="params",
    since="2.4.0",
    result=".models.add_attributes_to_iam2_virtual_id_result:AddAttributesToIAM2VirtualIDResult",
    checks=(("attributes", "attributes", "minItems", 1),),
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
    names=("organization_uuid", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("organizationUuid", "virtualIDUuids"),
    body_key="params",
    since="2.4.0",
    result=".models.add_iam2_virtual_ids_to_organization_result:AddIAM2VirtualIDsToOrganizationResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
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
    names=("project_uuid", "organization_uuid", "system_tags", "user_tags"),
    required=("projectUuid", "organizationUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.attach_iam2_project_to_iam2_organization_result:AttachIAM2ProjectToIAM2OrganizationResult",
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
        names=("resource_uuid", "tag_uuids", "virtual_id_infos", "system_tags", "user_tags"),
        required=("virtualIDInfos",),
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
    names=("parent_uuid", "children_uuids", "system_tags", "user_tags"),
    required=("parentUuid", "childrenUuids"),
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
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeIAM2OrganizationState",
    since="2.4.0",
    result=".models.change_iam2_organization_state_result:ChangeIAM2OrganizationStateResult",
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
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeIAM2VirtualIDState",
    since="2.4.0",
    result=".models.change_iam2_virtual_id_state_result:ChangeIAM2VirtualIDStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
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
    names=("virtual_id_infos", "system_tags", "user_tags"),
    required=("virtualIDInfos",),
    body_key="checkIAM2VirtualIDConfigFile",
    since="3.6.0",
    result=".models.check_iam2_virtual_id_config_file_result:CheckIAM2VirtualIDConfigFileResult",
    checks=(("virtualIDInfos", "virtual_id_infos", "minLength", 1),),
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
    names=(
        "attributes",
        "description",
        "name",
        "parent_uuid",
        "quota",
        "resource_uuid",
        "src_type",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name", "type"),
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_organization_result:CreateIAM2OrganizationResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("Company", "Department")),
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
    names=(
        "attributes",
        "description",
        "name",
        "organization_uuid",
        "password",
        "project_uuid",
        "resource_uuid",
        "tag_uuids",
        "without_default_role",
        "system_tags",
        "user_tags",
    ),
    required=("name", "password"),
    body_key="params",
    since="2.4.0",
    result=".models.create_iam2_virtual_id_result:CreateIAM2VirtualIDResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
    hashed=("password",),
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.4.0",
    result=".models.delete_iam2_organization_result:DeleteIAM2OrganizationResult",
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.4.0",
    result=".models.delete_iam2_virtual_id_result:DeleteIAM2VirtualIDResult",
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
    names=("project_uuid", "system_tags", "user_tags"),
    required=("projectUuid",),
    since="3.6.0",
    result=".models.detach_iam2_project_from_iam2_organization_result:DetachIAM2ProjectFromIAM2OrganizationResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.get_iam2_organization_virtual_id_number_result:GetIAM2OrganizationVirtualIDNumberResult",
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.3.6",
    result=".models.get_organization_quota_usage_result:GetOrganizationQuotaUsageResult",
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
    names=(
        "captcha_uuid",
        "client_info",
        "name",
        "password",
        "verify_code",
        "system_tags",
        "user_tags",
    ),
    required=("name", "password"),
    body_key="loginIAM2VirtualID",
    since="2.4.0",
    result=".models.login_iam2_virtual_id_result:LoginIAM2VirtualIDResult",
    auth=False,
    hashed=("password",),
    session=True,
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
    names=("uuid", "system_tags", "user_tags"),
    since="2.4.0",
    result=".models.query_iam2_organization_result:QueryIAM2OrganizationResult",
    query=True,
    alt_paths=("/iam2/organizations/{uuid}",),
)

QUERY_IAM2_ORGANIZATION_PROJECT_REF: Api[QueryIAM2OrganizationProjectRefResult] = Api(
    "QueryIAM2OrganizationProjectRef",
    "GET",
    "/iam2/projects/organizations/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_iam2_organization_project_ref_result:QueryIAM2OrganizationProjectRefResult",
    query=True,
)

QUERY_IAM2_PROJECT_ACCOUNT_REF: Api[QueryIAM2ProjectAccountRefResult] = Api(
    "QueryIAM2ProjectAccountRef",
    "GET",
    "/iam2/projects/account/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_iam2_project_account_ref_result:QueryIAM2ProjectAccountRefResult",
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
    names=("uuid", "system_tags", "user_tags"),
    since="2.4.0",
    result=".models.query_iam2_virtual_id_result:QueryIAM2VirtualIDResult",
    query=True,
    alt_paths=("/iam2/virtual-ids/{uuid}",),
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
    names=("uuid", "attribute_uuids", "system_tags", "user_tags"),
    required=("uuid", "attributeUuids"),
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_organization_result:RemoveAttributesFromIAM2OrganizationResult",
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
    names=("uuid", "attribute_uuids", "system_tags", "user_tags"),
    required=("uuid", "attributeUuids"),
    since="2.4.0",
    result=".models.remove_attributes_from_iam2_virtual_id_result:RemoveAttributesFromIAM2VirtualIDResult",
    checks=(("attributeUuids", "attribute_uuids", "minItems", 1),),
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
    names=("organization_uuid", "virtual_id_uuids", "system_tags", "user_tags"),
    required=("organizationUuid", "virtualIDUuids"),
    since="2.4.0",
    result=".models.remove_iam2_virtual_ids_from_organization_result:RemoveIAM2VirtualIDsFromOrganizationResult",
    checks=(("virtualIDUuids", "virtual_id_uuids", "minItems", 1),),
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
    names=("uuid", "virtual_id_uuid", "system_tags", "user_tags"),
    required=("uuid", "virtualIDUuid"),
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
    names=("uuid", "virtual_id_uuid", "system_tags", "user_tags"),
    required=("uuid", "virtualIDUuid"),
    body_key="setOrganizationSupervisor",
    since="3.6.0",
    result=".models.set_organization_supervisor_result:SetOrganizationSupervisorResult",
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
    names=("uuid", "description", "name", "parent_uuid", "type", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIAM2Organization",
    since="2.4.0",
    result=".models.update_iam2_organization_result:UpdateIAM2OrganizationResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("Company", "Department")),
    ),
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
    names=("identity_uuid", "name", "value", "system_tags", "user_tags"),
    required=("identityUuid", "name", "value"),
    body_key="updateOrganizationQuota",
    since="4.3.6",
    result=".models.update_organization_quota_result:UpdateOrganizationQuotaResult",
)


class Iam2OrganizationsApi(SyncNamespace):
    """iam2-organizations: 27 APIs (AddAttributesToIAM2VirtualID, AddIAM2VirtualIDsToOrganization, AttachIAM2ProjectToIAM2Organization, ...)."""

    __slots__ = ()

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

    def add_iam2_virtual_ids_to_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[str],
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

    def batch_create_iam2_virtual_id_from_config_file(
        self,
        *,
        virtual_id_infos: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        children_uuids: Sequence[str],
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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


class AsyncIam2OrganizationsApi(AsyncNamespace):
    """iam2-organizations: 27 APIs (AddAttributesToIAM2VirtualID, AddIAM2VirtualIDsToOrganization, AttachIAM2ProjectToIAM2Organization, ...). (asyncio)"""

    __slots__ = ()

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

    async def add_iam2_virtual_ids_to_organization(
        self,
        *,
        organization_uuid: str,
        virtual_id_uuids: Sequence[str],
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

    async def batch_create_iam2_virtual_id_from_config_file(
        self,
        *,
        virtual_id_infos: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        children_uuids: Sequence[str],
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
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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

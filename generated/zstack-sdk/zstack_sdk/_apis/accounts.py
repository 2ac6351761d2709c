"""``client.accounts``: 45 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.account_inventory import AccountInventory
    from ..models.account_resource_ref_inventory import AccountResourceRefInventory
    from ..models.add_user_to_group_result import AddUserToGroupResult
    from ..models.attach_policies_to_user_result import AttachPoliciesToUserResult
    from ..models.attach_policy_to_user_group_result import AttachPolicyToUserGroupResult
    from ..models.attach_policy_to_user_result import AttachPolicyToUserResult
    from ..models.change_resource_owner_result import ChangeResourceOwnerResult
    from ..models.check_api_permission_result import CheckApiPermissionResult
    from ..models.check_resource_permission_result import CheckResourcePermissionResult
    from ..models.create_account_result import CreateAccountResult
    from ..models.create_policy_result import CreatePolicyResult
    from ..models.create_user_group_result import CreateUserGroupResult
    from ..models.create_user_result import CreateUserResult
    from ..models.delete_account_result import DeleteAccountResult
    from ..models.delete_policy_result import DeletePolicyResult
    from ..models.delete_user_group_result import DeleteUserGroupResult
    from ..models.delete_user_result import DeleteUserResult
    from ..models.detach_policies_from_user_result import DetachPoliciesFromUserResult
    from ..models.detach_policy_from_user_group_result import DetachPolicyFromUserGroupResult
    from ..models.detach_policy_from_user_result import DetachPolicyFromUserResult
    from ..models.get_account_quota_usage_result import GetAccountQuotaUsageResult
    from ..models.get_resource_account_result import GetResourceAccountResult
    from ..models.get_resource_names_result import GetResourceNamesResult
    from ..models.get_two_factor_authentication_secret_result import (
        GetTwoFactorAuthenticationSecretResult,
    )
    from ..models.get_two_factor_authentication_state_result import (
        GetTwoFactorAuthenticationStateResult,
    )
    from ..models.log_in_by_account_result import LogInByAccountResult
    from ..models.log_in_by_user_result import LogInByUserResult
    from ..models.log_out_result import LogOutResult
    from ..models.policy_inventory import PolicyInventory
    from ..models.query_account_resource_ref_result import QueryAccountResourceRefResult
    from ..models.query_account_result import QueryAccountResult
    from ..models.query_policy_result import QueryPolicyResult
    from ..models.query_quota_result import QueryQuotaResult
    from ..models.query_shared_resource_result import QuerySharedResourceResult
    from ..models.query_two_factor_authentication_result import QueryTwoFactorAuthenticationResult
    from ..models.query_user_group_result import QueryUserGroupResult
    from ..models.query_user_result import QueryUserResult
    from ..models.quota_inventory import QuotaInventory
    from ..models.refresh_captcha_result import RefreshCaptchaResult
    from ..models.remove_user_from_group_result import RemoveUserFromGroupResult
    from ..models.renew_session_result import RenewSessionResult
    from ..models.reset_two_factor_authentication_secret_result import (
        ResetTwoFactorAuthenticationSecretResult,
    )
    from ..models.revoke_resource_sharing_result import RevokeResourceSharingResult
    from ..models.share_resource_result import ShareResourceResult
    from ..models.shared_resource_inventory import SharedResourceInventory
    from ..models.two_factor_authentication_inventory import TwoFactorAuthenticationInventory
    from ..models.update_account_result import UpdateAccountResult
    from ..models.update_quota_result import UpdateQuotaResult
    from ..models.update_user_group_result import UpdateUserGroupResult
    from ..models.update_user_result import UpdateUserResult
    from ..models.user_group_inventory import UserGroupInventory
    from ..models.user_inventory import UserInventory
    from ..models.validate_session_result import ValidateSessionResult

__all__ = ["AccountsApi", "AsyncAccountsApi"]


ADD_USER_TO_GROUP: Api[AddUserToGroupResult] = Api(
    "AddUserToGroup",
    "POST",
    "/accounts/groups/{groupUuid}/users",
    params=(
        ("groupUuid", "path", "0.6"),
        ("userUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("group_uuid", "user_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "userUuid"),
    body_key="params",
    since="0.6",
    result=".models.add_user_to_group_result:AddUserToGroupResult",
)

ATTACH_POLICIES_TO_USER: Api[AttachPoliciesToUserResult] = Api(
    "AttachPoliciesToUser",
    "POST",
    "/accounts/users/{userUuid}/policy-collection",
    params=(
        ("userUuid", "path", "0.6"),
        ("policyUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("user_uuid", "policy_uuids", "system_tags", "user_tags"),
    required=("userUuid", "policyUuids"),
    body_key="params",
    since="0.6",
    result=".models.attach_policies_to_user_result:AttachPoliciesToUserResult",
    checks=(("policyUuids", "policy_uuids", "minItems", 1),),
)

ATTACH_POLICY_TO_USER: Api[AttachPolicyToUserResult] = Api(
    "AttachPolicyToUser",
    "POST",
    "/accounts/users/{userUuid}/policies",
    params=(
        ("userUuid", "path", "0.6"),
        ("policyUuid", "body", "4.7.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("user_uuid", "policy_uuid", "system_tags", "user_tags"),
    required=("userUuid", "policyUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_policy_to_user_result:AttachPolicyToUserResult",
)

ATTACH_POLICY_TO_USER_GROUP: Api[AttachPolicyToUserGroupResult] = Api(
    "AttachPolicyToUserGroup",
    "POST",
    "/accounts/groups/{groupUuid}/policies",
    params=(
        ("groupUuid", "path", "0.6"),
        ("policyUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("group_uuid", "policy_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "policyUuid"),
    body_key="params",
    since="0.6",
    result=".models.attach_policy_to_user_group_result:AttachPolicyToUserGroupResult",
)

CHANGE_RESOURCE_OWNER: Api[ChangeResourceOwnerResult] = Api(
    "ChangeResourceOwner",
    "POST",
    "/account/{accountUuid}/resources",
    params=(
        ("accountUuid", "path", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("account_uuid", "resource_uuid", "system_tags", "user_tags"),
    required=("accountUuid", "resourceUuid"),
    body_key="params",
    since="0.6",
    result=".models.change_resource_owner_result:ChangeResourceOwnerResult",
    checks=(("resourceUuid", "resource_uuid", "minLength", 1),),
)

CHECK_API_PERMISSION: Api[CheckApiPermissionResult] = Api(
    "CheckApiPermission",
    "PUT",
    "/accounts/permissions/actions",
    params=(
        ("apiNames", "body", "0.6"),
        ("userUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("api_names", "user_uuid", "system_tags", "user_tags"),
    required=("apiNames",),
    body_key="checkApiPermission",
    since="0.6",
    result=".models.check_api_permission_result:CheckApiPermissionResult",
    checks=(("apiNames", "api_names", "minItems", 1),),
)

CHECK_RESOURCE_PERMISSION: Api[CheckResourcePermissionResult] = Api(
    "CheckResourcePermission",
    "GET",
    "/accounts/resource/api-permissions",
    params=(
        ("resourceType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("resource_type", "system_tags", "user_tags"),
    required=("resourceType",),
    since=None,
    result=".models.check_resource_permission_result:CheckResourcePermissionResult",
)

CREATE_ACCOUNT: Api[CreateAccountResult] = Api(
    "CreateAccount",
    "POST",
    "/accounts",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "password",
        "resource_uuid",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("name", "password"),
    body_key="params",
    since="0.6",
    result=".models.create_account_result:CreateAccountResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("SystemAdmin", "Normal")),
    ),
    hashed=("password",),
)

CREATE_POLICY: Api[CreatePolicyResult] = Api(
    "CreatePolicy",
    "POST",
    "/accounts/policies",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("statements", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "statements",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "statements"),
    body_key="params",
    since="0.6",
    result=".models.create_policy_result:CreatePolicyResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("statements", "statements", "minItems", 1),
    ),
)

CREATE_USER: Api[CreateUserResult] = Api(
    "CreateUser",
    "POST",
    "/accounts/users",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "name",
        "password",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "password"),
    body_key="params",
    since="0.6",
    result=".models.create_user_result:CreateUserResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
    hashed=("password",),
)

CREATE_USER_GROUP: Api[CreateUserGroupResult] = Api(
    "CreateUserGroup",
    "POST",
    "/accounts/groups",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_user_group_result:CreateUserGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_ACCOUNT: Api[DeleteAccountResult] = Api(
    "DeleteAccount",
    "DELETE",
    "/accounts/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_account_result:DeleteAccountResult",
)

DELETE_POLICY: Api[DeletePolicyResult] = Api(
    "DeletePolicy",
    "DELETE",
    "/accounts/policies/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_policy_result:DeletePolicyResult",
)

DELETE_USER: Api[DeleteUserResult] = Api(
    "DeleteUser",
    "DELETE",
    "/accounts/users/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_user_result:DeleteUserResult",
)

DELETE_USER_GROUP: Api[DeleteUserGroupResult] = Api(
    "DeleteUserGroup",
    "DELETE",
    "/accounts/groups/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_user_group_result:DeleteUserGroupResult",
)

DETACH_POLICIES_FROM_USER: Api[DetachPoliciesFromUserResult] = Api(
    "DetachPoliciesFromUser",
    "DELETE",
    "/accounts/users/{userUuid}/policies",
    params=(
        ("userUuid", "path", "0.6"),
        ("policyUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("user_uuid", "policy_uuids", "system_tags", "user_tags"),
    required=("userUuid", "policyUuids"),
    since="0.6",
    result=".models.detach_policies_from_user_result:DetachPoliciesFromUserResult",
)

DETACH_POLICY_FROM_USER: Api[DetachPolicyFromUserResult] = Api(
    "DetachPolicyFromUser",
    "DELETE",
    "/accounts/users/{userUuid}/policies/{policyUuid}",
    params=(
        ("userUuid", "path", None),
        ("policyUuid", "path", "0.6"),
        ("groupUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("user_uuid", "policy_uuid", "group_uuid", "system_tags", "user_tags"),
    required=("userUuid", "policyUuid", "groupUuid"),
    since="0.6",
    result=".models.detach_policy_from_user_result:DetachPolicyFromUserResult",
)

DETACH_POLICY_FROM_USER_GROUP: Api[DetachPolicyFromUserGroupResult] = Api(
    "DetachPolicyFromUserGroup",
    "DELETE",
    "/accounts/groups/{groupUuid}/policies/{policyUuid}",
    params=(
        ("groupUuid", "path", None),
        ("policyUuid", "path", "0.6"),
        ("userUuid", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("group_uuid", "policy_uuid", "user_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "policyUuid", "userUuid"),
    since="0.6",
    result=".models.detach_policy_from_user_group_result:DetachPolicyFromUserGroupResult",
)

GET_ACCOUNT_QUOTA_USAGE: Api[GetAccountQuotaUsageResult] = Api(
    "GetAccountQuotaUsage",
    "GET",
    "/accounts/quota/{uuid}/usages",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.get_account_quota_usage_result:GetAccountQuotaUsageResult",
)

GET_RESOURCE_ACCOUNT: Api[GetResourceAccountResult] = Api(
    "GetResourceAccount",
    "GET",
    "/resources/accounts",
    params=(
        ("resourceUuids", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("resource_uuids", "system_tags", "user_tags"),
    required=("resourceUuids",),
    since="2.6.0",
    result=".models.get_resource_account_result:GetResourceAccountResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

GET_RESOURCE_NAMES: Api[GetResourceNamesResult] = Api(
    "GetResourceNames",
    "GET",
    "/resources/names",
    params=(
        ("uuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuids", "system_tags", "user_tags"),
    required=("uuids",),
    since="0.6",
    result=".models.get_resource_names_result:GetResourceNamesResult",
    checks=(("uuids", "uuids", "minItems", 1),),
)

GET_TWO_FACTOR_AUTHENTICATION_SECRET: Api[GetTwoFactorAuthenticationSecretResult] = Api(
    "GetTwoFactorAuthenticationSecret",
    "GET",
    "/twofactorauthentication/secret",
    params=(
        ("name", "query", "2.6.0"),
        ("password", "query", "2.6.0"),
        ("type", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
        ("captchaUuid", "query", "2.6.0"),
        ("verifyCode", "query", "2.6.0"),
    ),
    names=("name", "password", "type", "system_tags", "user_tags", "captcha_uuid", "verify_code"),
    required=("name", "password", "type"),
    since="2.6.0",
    result=".models.get_two_factor_authentication_secret_result:GetTwoFactorAuthenticationSecretResult",
    auth=False,
    checks=(
        ("name", "name", "minLength", 1),
        ("password", "password", "minLength", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("account", "iam2")),
    ),
)

GET_TWO_FACTOR_AUTHENTICATION_STATE: Api[GetTwoFactorAuthenticationStateResult] = Api(
    "GetTwoFactorAuthenticationState",
    "GET",
    "/twofactorauthentication/state",
    params=(
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="2.6.0",
    result=".models.get_two_factor_authentication_state_result:GetTwoFactorAuthenticationStateResult",
    auth=False,
)

LOG_IN_BY_ACCOUNT: Api[LogInByAccountResult] = Api(
    "LogInByAccount",
    "PUT",
    "/accounts/login",
    params=(
        ("accountName", "body", "0.6"),
        ("accountType", "body", None),
        ("captchaUuid", "body", "2.6.0"),
        ("clientInfo", "body", "3.5.0"),
        ("password", "body", "0.6"),
        ("verifyCode", "body", "2.6.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "account_name",
        "account_type",
        "captcha_uuid",
        "client_info",
        "password",
        "verify_code",
        "system_tags",
        "user_tags",
    ),
    required=("accountName", "password"),
    body_key="logInByAccount",
    since="0.6",
    result=".models.log_in_by_account_result:LogInByAccountResult",
    auth=False,
    hashed=("password",),
    session=True,
)

LOG_IN_BY_USER: Api[LogInByUserResult] = Api(
    "LogInByUser",
    "PUT",
    "/accounts/users/login",
    params=(
        ("accountName", "body", "0.6"),
        ("accountUuid", "body", "0.6"),
        ("clientInfo", "body", "3.5.0"),
        ("password", "body", "0.6"),
        ("userName", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "account_name",
        "account_uuid",
        "client_info",
        "password",
        "user_name",
        "system_tags",
        "user_tags",
    ),
    required=("password", "userName"),
    body_key="logInByUser",
    since="0.6",
    result=".models.log_in_by_user_result:LogInByUserResult",
    auth=False,
    hashed=("password",),
    session=True,
)

LOG_OUT: Api[LogOutResult] = Api(
    "LogOut",
    "DELETE",
    "/accounts/sessions/{sessionUuid}",
    params=(
        ("sessionUuid", "path", "0.6"),
        ("clientInfo", "query", "3.5.0"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("session_uuid", "client_info", "system_tags", "user_tags"),
    required=("sessionUuid",),
    since="0.6",
    result=".models.log_out_result:LogOutResult",
    auth=False,
)

QUERY_ACCOUNT: Api[QueryAccountResult] = Api(
    "QueryAccount",
    "GET",
    "/accounts",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_account_result:QueryAccountResult",
    query=True,
    alt_paths=("/accounts/{uuid}",),
)

QUERY_ACCOUNT_RESOURCE_REF: Api[QueryAccountResourceRefResult] = Api(
    "QueryAccountResourceRef",
    "GET",
    "/accounts/resources/refs",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_account_resource_ref_result:QueryAccountResourceRefResult",
    query=True,
)

QUERY_POLICY: Api[QueryPolicyResult] = Api(
    "QueryPolicy",
    "GET",
    "/accounts/policies",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_policy_result:QueryPolicyResult",
    query=True,
    alt_paths=("/accounts/policies/{uuid}",),
)

QUERY_QUOTA: Api[QueryQuotaResult] = Api(
    "QueryQuota",
    "GET",
    "/accounts/quotas",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_quota_result:QueryQuotaResult",
    query=True,
)

QUERY_SHARED_RESOURCE: Api[QuerySharedResourceResult] = Api(
    "QuerySharedResource",
    "GET",
    "/accounts/resources",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.query_shared_resource_result:QuerySharedResourceResult",
    query=True,
)

QUERY_TWO_FACTOR_AUTHENTICATION: Api[QueryTwoFactorAuthenticationResult] = Api(
    "QueryTwoFactorAuthentication",
    "GET",
    "/twofactorauthentication/secrets",
    params=(
        ("uuid", "path", "3.4.0"),
        ("systemTags", "query", "3.4.0"),
        ("userTags", "query", "3.4.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.4.0",
    result=".models.query_two_factor_authentication_result:QueryTwoFactorAuthenticationResult",
    query=True,
    alt_paths=("/twofactorauthentication/secrets/{uuid}",),
)

QUERY_USER: Api[QueryUserResult] = Api(
    "QueryUser",
    "GET",
    "/accounts/users",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_user_result:QueryUserResult",
    query=True,
    alt_paths=("/accounts/users/{uuid}",),
)

QUERY_USER_GROUP: Api[QueryUserGroupResult] = Api(
    "QueryUserGroup",
    "GET",
    "/accounts/groups",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_user_group_result:QueryUserGroupResult",
    query=True,
    alt_paths=("/accounts/groups/{uuid}",),
)

REFRESH_CAPTCHA: Api[RefreshCaptchaResult] = Api(
    "RefreshCaptcha",
    "GET",
    "/captcha/refresh",
    params=(
        ("uuid", "query", "2.6.0"),
        ("systemTags", "query", "2.6.0"),
        ("userTags", "query", "2.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.6.0",
    result=".models.refresh_captcha_result:RefreshCaptchaResult",
    auth=False,
)

REMOVE_USER_FROM_GROUP: Api[RemoveUserFromGroupResult] = Api(
    "RemoveUserFromGroup",
    "DELETE",
    "/accounts/groups/{groupUuid}/users/{userUuid}",
    params=(
        ("groupUuid", "path", "0.6"),
        ("userUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("group_uuid", "user_uuid", "system_tags", "user_tags"),
    required=("groupUuid", "userUuid"),
    since="0.6",
    result=".models.remove_user_from_group_result:RemoveUserFromGroupResult",
)

RENEW_SESSION: Api[RenewSessionResult] = Api(
    "RenewSession",
    "PUT",
    "/accounts/sessions/{sessionUuid}/renew",
    params=(
        ("sessionUuid", "path", "0.6"),
        ("duration", "body", "2.3"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("session_uuid", "duration", "system_tags", "user_tags"),
    required=("sessionUuid",),
    body_key="renewSession",
    since="0.6",
    result=".models.renew_session_result:RenewSessionResult",
    checks=(
        ("duration", "duration", "minimum", 60),
        ("duration", "duration", "maximum", 31536000),
    ),
    session=True,
)

RESET_TWO_FACTOR_AUTHENTICATION_SECRET: Api[ResetTwoFactorAuthenticationSecretResult] = Api(
    "ResetTwoFactorAuthenticationSecret",
    "PUT",
    "/twofactorauthentication/secrets",
    params=(
        ("captchaUuid", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("type", "body", None),
        ("verifyCode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("captcha_uuid", "name", "password", "type", "verify_code", "system_tags", "user_tags"),
    required=("name", "password", "type"),
    body_key="resetTwoFactorAuthenticationSecret",
    since=None,
    result=".models.reset_two_factor_authentication_secret_result:ResetTwoFactorAuthenticationSecretResult",
    checks=(
        ("name", "name", "minLength", 1),
        ("password", "password", "minLength", 1),
        ("type", "type", "minLength", 1),
        ("type", "type", "enum", ("account", "iam2")),
    ),
)

REVOKE_RESOURCE_SHARING: Api[RevokeResourceSharingResult] = Api(
    "RevokeResourceSharing",
    "PUT",
    "/accounts/resources/actions",
    params=(
        ("accountUuids", "body", "0.6"),
        ("all", "body", "0.6"),
        ("resourceUuids", "body", "0.6"),
        ("toPublic", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("account_uuids", "all", "resource_uuids", "to_public", "system_tags", "user_tags"),
    required=("resourceUuids",),
    body_key="revokeResourceSharing",
    since="0.6",
    result=".models.revoke_resource_sharing_result:RevokeResourceSharingResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

SHARE_RESOURCE: Api[ShareResourceResult] = Api(
    "ShareResource",
    "PUT",
    "/accounts/resources/actions",
    params=(
        ("accountUuids", "body", "0.6"),
        ("resourceUuids", "body", "0.6"),
        ("toPublic", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("account_uuids", "resource_uuids", "to_public", "system_tags", "user_tags"),
    required=("resourceUuids",),
    body_key="shareResource",
    since="0.6",
    result=".models.share_resource_result:ShareResourceResult",
    checks=(("resourceUuids", "resource_uuids", "minItems", 1),),
)

UPDATE_ACCOUNT: Api[UpdateAccountResult] = Api(
    "UpdateAccount",
    "PUT",
    "/accounts/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("oldPassword", "body", None),
        ("password", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "old_password", "password", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAccount",
    since="0.6",
    result=".models.update_account_result:UpdateAccountResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
    hashed=("password", "oldPassword"),
)

UPDATE_QUOTA: Api[UpdateQuotaResult] = Api(
    "UpdateQuota",
    "PUT",
    "/accounts/quotas/actions",
    params=(
        ("identityUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("value", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("identity_uuid", "name", "value", "system_tags", "user_tags"),
    required=("identityUuid", "name", "value"),
    body_key="updateQuota",
    since="0.6",
    result=".models.update_quota_result:UpdateQuotaResult",
    checks=(
        ("value", "value", "minimum", 0),
        ("value", "value", "maximum", 9223372036854775807),
    ),
)

UPDATE_USER: Api[UpdateUserResult] = Api(
    "UpdateUser",
    "PUT",
    "/accounts/users/actions",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("oldPassword", "body", None),
        ("password", "body", "0.6"),
        ("uuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("description", "name", "old_password", "password", "uuid", "system_tags", "user_tags"),
    body_key="updateUser",
    since="0.6",
    result=".models.update_user_result:UpdateUserResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
    hashed=("password", "oldPassword"),
)

UPDATE_USER_GROUP: Api[UpdateUserGroupResult] = Api(
    "UpdateUserGroup",
    "PUT",
    "/accounts/groups/actions",
    params=(
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("uuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("description", "name", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateUserGroup",
    since="0.6",
    result=".models.update_user_group_result:UpdateUserGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

VALIDATE_SESSION: Api[ValidateSessionResult] = Api(
    "ValidateSession",
    "GET",
    "/accounts/sessions/{sessionUuid}/valid",
    params=(
        ("sessionUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("session_uuid", "system_tags", "user_tags"),
    required=("sessionUuid",),
    since="0.6",
    result=".models.validate_session_result:ValidateSessionResult",
    auth=False,
)


class AccountsApi(SyncNamespace):
    """accounts: 45 APIs (AddUserToGroup, AttachPoliciesToUser, AttachPolicyToUser, ...)."""

    __slots__ = ()

    def add_user_to_group(
        self,
        *,
        group_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddUserToGroupResult:
        """添加到用户组 (AddUserToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_USER_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_policies_to_user(
        self,
        *,
        user_uuid: str,
        policy_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPoliciesToUserResult:
        """绑定多条策略到用户 (AttachPoliciesToUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuids: 策略的UUID列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICIES_TO_USER,
            {
                "userUuid": user_uuid,
                "policyUuids": policy_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_policy_to_user(
        self,
        *,
        user_uuid: str,
        policy_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToUserResult:
        """绑定一条策略到用户 (AttachPolicyToUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuid: 权限策略UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICY_TO_USER,
            {
                "userUuid": user_uuid,
                "policyUuid": policy_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_policy_to_user_group(
        self,
        *,
        group_uuid: str,
        policy_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToUserGroupResult:
        """绑定策略到用户组 (AttachPolicyToUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            policy_uuid: 权限策略UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICY_TO_USER_GROUP,
            {
                "groupUuid": group_uuid,
                "policyUuid": policy_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_resource_owner(
        self,
        *,
        account_uuid: str,
        resource_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeResourceOwnerResult:
        """变更资源所有者 (ChangeResourceOwner).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            resource_uuid: 资源UUID (since 0.6; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_RESOURCE_OWNER,
            {
                "accountUuid": account_uuid,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_api_permission(
        self,
        *,
        api_names: Sequence[str],
        user_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckApiPermissionResult:
        """检查API权限 (CheckApiPermission).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            api_names: API名称列表说明: 例如： (since 0.6; minItems 1)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_API_PERMISSION,
            {
                "apiNames": api_names,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_resource_permission(
        self,
        *,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckResourcePermissionResult:
        """Check resource permission (CheckResourcePermission).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckResourcePermissionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_RESOURCE_PERMISSION,
            {
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_account(
        self,
        *,
        name: str,
        password: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["SystemAdmin", "Normal"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccountResult:
        """创建账户 (CreateAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: 账户类型 (since 0.6; enum {'SystemAdmin', 'Normal'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ACCOUNT,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy(
        self,
        *,
        name: str,
        statements: Sequence[Any],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyResult:
        """创建策略 (CreatePolicy).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            statements: 策略声明 (since 0.6; minItems 1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_user(
        self,
        *,
        name: str,
        password: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserResult:
        """创建用户 (CreateUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 用户名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_USER,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_user_group(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserGroupResult:
        """创建用户组 (CreateUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_USER_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_account(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccountResult:
        """删除账户 (DeleteAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCOUNT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyResult:
        """删除策略 (DeletePolicy).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_user(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteUserResult:
        """删除用户 (DeleteUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_USER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_user_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteUserGroupResult:
        """删除用户组 (DeleteUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_USER_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policies_from_user(
        self,
        *,
        user_uuid: str,
        policy_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPoliciesFromUserResult:
        """将多条策略从用户解绑 (DetachPoliciesFromUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuids: 策略UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICIES_FROM_USER,
            {
                "userUuid": user_uuid,
                "policyUuids": policy_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policy_from_user(
        self,
        *,
        user_uuid: str,
        policy_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromUserResult:
        """将一条策略从用户解绑 (DetachPolicyFromUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: userUuid
            policy_uuid: 权限策略UUID (since 0.6)
            group_uuid: 用户组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICY_FROM_USER,
            {
                "userUuid": user_uuid,
                "policyUuid": policy_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policy_from_user_group(
        self,
        *,
        group_uuid: str,
        policy_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromUserGroupResult:
        """将策略从用户组解绑 (DetachPolicyFromUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid
            policy_uuid: 权限策略UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICY_FROM_USER_GROUP,
            {
                "groupUuid": group_uuid,
                "policyUuid": policy_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_account_quota_usage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccountQuotaUsageResult:
        """获取账户配额使用情况 (GetAccountQuotaUsage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ACCOUNT_QUOTA_USAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_account(
        self,
        *,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceAccountResult:
        """查看资源所属账户 (GetResourceAccount).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuids: resourceUuids (since 2.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_ACCOUNT,
            {
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_resource_names(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceNamesResult:
        """获取资源名称 (GetResourceNames).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuids: 资源的UUID列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_RESOURCE_NAMES,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_two_factor_authentication_secret(
        self,
        *,
        name: str,
        password: str,
        type: Literal["account", "iam2"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        job_uuid: str | None = None,
    ) -> GetTwoFactorAuthenticationSecretResult:
        """获取双因子认证密钥 (GetTwoFactorAuthenticationSecret).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            name: 资源名称 (since 2.6.0; minLength 1)
            password: password (since 2.6.0; minLength 1)
            type: type (since 2.6.0; minLength 1; enum {'account', 'iam2'})
            captcha_uuid: captchaUuid (since 2.6.0)
            verify_code: verifyCode (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TWO_FACTOR_AUTHENTICATION_SECRET,
            {
                "name": name,
                "password": password,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "captchaUuid": captcha_uuid,
                "verifyCode": verify_code,
            },
            job_uuid,
        )

    def get_two_factor_authentication_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTwoFactorAuthenticationStateResult:
        """获取双因子认证状态 (GetTwoFactorAuthenticationState).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_TWO_FACTOR_AUTHENTICATION_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def log_in_by_account(
        self,
        *,
        account_name: str,
        password: str,
        account_type: str | None = None,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByAccountResult:
        """使用账户身份登录 (LogInByAccount).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_name: 账户名称说明: 账户名称和账户UUID不能同时为空 (since 0.6)
            account_type: accountType
            captcha_uuid: 验证码UUID (since 2.6.0)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            verify_code: 验证码 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOG_IN_BY_ACCOUNT,
            {
                "accountName": account_name,
                "accountType": account_type,
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "password": password,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def log_in_by_user(
        self,
        *,
        password: str,
        user_name: str,
        account_name: str | None = None,
        account_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByUserResult:
        """使用用户身份登录 (LogInByUser).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_name: 账户名称 (since 0.6)
            account_uuid: 账户UUID (since 0.6)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            user_name: 用户名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOG_IN_BY_USER,
            {
                "accountName": account_name,
                "accountUuid": account_uuid,
                "clientInfo": client_info,
                "password": password,
                "userName": user_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def log_out(
        self,
        *,
        session_uuid: str,
        client_info: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogOutResult:
        """退出当前登录状态 (LogOut).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            session_uuid: 会话UUID (since 0.6)
            client_info: 客户端信息 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOG_OUT,
            {
                "sessionUuid": session_uuid,
                "clientInfo": client_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_account(
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
    ) -> QueryAccountResult:
        """查询账户 (QueryAccount).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCOUNT,
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

    def query_account_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccountInventory]:
        """Every result of ``query_account``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT,
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

    def query_account_resource_ref(
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
    ) -> QueryAccountResourceRefResult:
        """查询账户资源引用 (QueryAccountResourceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCOUNT_RESOURCE_REF,
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

    def query_account_resource_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccountResourceRefInventory]:
        """Every result of ``query_account_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_RESOURCE_REF,
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

    def query_policy(
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
    ) -> QueryPolicyResult:
        """查询策略 (QueryPolicy).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY,
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

    def query_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyInventory]:
        """Every result of ``query_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY,
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

    def query_quota(
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
    ) -> QueryQuotaResult:
        """查询配额 (QueryQuota).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_QUOTA,
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

    def query_quota_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[QuotaInventory]:
        """Every result of ``query_quota``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_QUOTA,
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

    def query_shared_resource(
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
    ) -> QuerySharedResourceResult:
        """查询共享资源 (QuerySharedResource).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SHARED_RESOURCE,
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

    def query_shared_resource_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SharedResourceInventory]:
        """Every result of ``query_shared_resource``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_RESOURCE,
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

    def query_two_factor_authentication(
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
    ) -> QueryTwoFactorAuthenticationResult:
        """查询双因子认证密钥 (QueryTwoFactorAuthentication).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_TWO_FACTOR_AUTHENTICATION,
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

    def query_two_factor_authentication_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[TwoFactorAuthenticationInventory]:
        """Every result of ``query_two_factor_authentication``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TWO_FACTOR_AUTHENTICATION,
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

    def query_user(
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
    ) -> QueryUserResult:
        """查询用户 (QueryUser).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_USER,
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

    def query_user_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UserInventory]:
        """Every result of ``query_user``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER,
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

    def query_user_group(
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
    ) -> QueryUserGroupResult:
        """查询用户组 (QueryUserGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_USER_GROUP,
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

    def query_user_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UserGroupInventory]:
        """Every result of ``query_user_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER_GROUP,
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

    def refresh_captcha(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshCaptchaResult:
        """刷新验证码 (RefreshCaptcha).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_CAPTCHA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_user_from_group(
        self,
        *,
        group_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveUserFromGroupResult:
        """从用户组中移除用户 (RemoveUserFromGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_USER_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def renew_session(
        self,
        *,
        session_uuid: str,
        duration: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RenewSessionResult:
        """更新会话 (RenewSession).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            session_uuid: 会话uuid (since 0.6)
            duration: duration (since 2.3; minimum 60; maximum 31536000)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RENEW_SESSION,
            {
                "sessionUuid": session_uuid,
                "duration": duration,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reset_two_factor_authentication_secret(
        self,
        *,
        name: str,
        password: str,
        type: Literal["account", "iam2"],
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetTwoFactorAuthenticationSecretResult:
        """Reset two factor authentication secret (ResetTwoFactorAuthenticationSecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ResetTwoFactorAuthenticationSecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            captcha_uuid: captchaUuid
            name: name (minLength 1)
            password: password (minLength 1)
            type: type (minLength 1; enum {'account', 'iam2'})
            verify_code: verifyCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RESET_TWO_FACTOR_AUTHENTICATION_SECRET,
            {
                "captchaUuid": captcha_uuid,
                "name": name,
                "password": password,
                "type": type,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def revoke_resource_sharing(
        self,
        *,
        resource_uuids: Sequence[str],
        account_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        to_public: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevokeResourceSharingResult:
        """解除资源共享 (RevokeResourceSharing).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuids: 账户UUID列表 (since 0.6)
            all: all (since 0.6)
            resource_uuids: 资源UUID列表 (since 0.6; minItems 1)
            to_public: 全局共享 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REVOKE_RESOURCE_SHARING,
            {
                "accountUuids": account_uuids,
                "all": all,
                "resourceUuids": resource_uuids,
                "toPublic": to_public,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def share_resource(
        self,
        *,
        resource_uuids: Sequence[str],
        account_uuids: Sequence[str] | None = None,
        to_public: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShareResourceResult:
        """共享资源给账户 (ShareResource).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuids: 账户UUID列表 (since 0.6)
            resource_uuids: 资源UUID列表 (since 0.6; minItems 1)
            to_public: 全局共享说明: toPublic参数被设为false时，账户uuid不能为空 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SHARE_RESOURCE,
            {
                "accountUuids": account_uuids,
                "resourceUuids": resource_uuids,
                "toPublic": to_public,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_account(
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
    ) -> UpdateAccountResult:
        """更新账户 (UpdateAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 账户名称 (since 0.6; maxLength 255)
            old_password: oldPassword (maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ACCOUNT,
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

    def update_quota(
        self,
        *,
        identity_uuid: str,
        name: str,
        value: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateQuotaResult:
        """更新配额 (UpdateQuota).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            identity_uuid: 身份实体的UUID（账户的） (since 0.6)
            name: 资源名称 (since 0.6)
            value: 配额值 (since 0.6; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_QUOTA,
            {
                "identityUuid": identity_uuid,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_user(
        self,
        *,
        description: str | None = None,
        name: str | None = None,
        old_password: str | None = None,
        password: str | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUserResult:
        """更新用户 (UpdateUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 用户名称 (since 0.6; maxLength 255)
            old_password: oldPassword (maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_USER,
            {
                "description": description,
                "name": name,
                "oldPassword": old_password,
                "password": password,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_user_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUserGroupResult:
        """更新用户组 (UpdateUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_USER_GROUP,
            {
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def validate_session(
        self,
        *,
        session_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSessionResult:
        """验证会话的有效性 (ValidateSession).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            session_uuid: 会话UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_SESSION,
            {
                "sessionUuid": session_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAccountsApi(AsyncNamespace):
    """accounts: 45 APIs (AddUserToGroup, AttachPoliciesToUser, AttachPolicyToUser, ...). (asyncio)"""

    __slots__ = ()

    async def add_user_to_group(
        self,
        *,
        group_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddUserToGroupResult:
        """添加到用户组 (AddUserToGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_USER_TO_GROUP,
            {
                "groupUuid": group_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_policies_to_user(
        self,
        *,
        user_uuid: str,
        policy_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPoliciesToUserResult:
        """绑定多条策略到用户 (AttachPoliciesToUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuids: 策略的UUID列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICIES_TO_USER,
            {
                "userUuid": user_uuid,
                "policyUuids": policy_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_policy_to_user(
        self,
        *,
        user_uuid: str,
        policy_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToUserResult:
        """绑定一条策略到用户 (AttachPolicyToUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuid: 权限策略UUID (since 4.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICY_TO_USER,
            {
                "userUuid": user_uuid,
                "policyUuid": policy_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_policy_to_user_group(
        self,
        *,
        group_uuid: str,
        policy_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyToUserGroupResult:
        """绑定策略到用户组 (AttachPolicyToUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            policy_uuid: 权限策略UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICY_TO_USER_GROUP,
            {
                "groupUuid": group_uuid,
                "policyUuid": policy_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_resource_owner(
        self,
        *,
        account_uuid: str,
        resource_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeResourceOwnerResult:
        """变更资源所有者 (ChangeResourceOwner).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 0.6)
            resource_uuid: 资源UUID (since 0.6; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_RESOURCE_OWNER,
            {
                "accountUuid": account_uuid,
                "resourceUuid": resource_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_api_permission(
        self,
        *,
        api_names: Sequence[str],
        user_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckApiPermissionResult:
        """检查API权限 (CheckApiPermission).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            api_names: API名称列表说明: 例如： (since 0.6; minItems 1)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_API_PERMISSION,
            {
                "apiNames": api_names,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_resource_permission(
        self,
        *,
        resource_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckResourcePermissionResult:
        """Check resource permission (CheckResourcePermission).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckResourcePermissionAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_type: resourceType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_RESOURCE_PERMISSION,
            {
                "resourceType": resource_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_account(
        self,
        *,
        name: str,
        password: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["SystemAdmin", "Normal"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccountResult:
        """创建账户 (CreateAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: 账户类型 (since 0.6; enum {'SystemAdmin', 'Normal'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ACCOUNT,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy(
        self,
        *,
        name: str,
        statements: Sequence[Any],
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyResult:
        """创建策略 (CreatePolicy).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            statements: 策略声明 (since 0.6; minItems 1)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "statements": statements,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_user(
        self,
        *,
        name: str,
        password: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserResult:
        """创建用户 (CreateUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 用户名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_USER,
            {
                "description": description,
                "name": name,
                "password": password,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_user_group(
        self,
        *,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateUserGroupResult:
        """创建用户组 (CreateUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_USER_GROUP,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_account(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccountResult:
        """删除账户 (DeleteAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCOUNT,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyResult:
        """删除策略 (DeletePolicy).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_user(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteUserResult:
        """删除用户 (DeleteUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_USER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_user_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteUserGroupResult:
        """删除用户组 (DeleteUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_USER_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policies_from_user(
        self,
        *,
        user_uuid: str,
        policy_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPoliciesFromUserResult:
        """将多条策略从用户解绑 (DetachPoliciesFromUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: 用户UUID (since 0.6)
            policy_uuids: 策略UUID列表 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICIES_FROM_USER,
            {
                "userUuid": user_uuid,
                "policyUuids": policy_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policy_from_user(
        self,
        *,
        user_uuid: str,
        policy_uuid: str,
        group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromUserResult:
        """将一条策略从用户解绑 (DetachPolicyFromUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            user_uuid: userUuid
            policy_uuid: 权限策略UUID (since 0.6)
            group_uuid: 用户组UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICY_FROM_USER,
            {
                "userUuid": user_uuid,
                "policyUuid": policy_uuid,
                "groupUuid": group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policy_from_user_group(
        self,
        *,
        group_uuid: str,
        policy_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyFromUserGroupResult:
        """将策略从用户组解绑 (DetachPolicyFromUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: groupUuid
            policy_uuid: 权限策略UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICY_FROM_USER_GROUP,
            {
                "groupUuid": group_uuid,
                "policyUuid": policy_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_account_quota_usage(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAccountQuotaUsageResult:
        """获取账户配额使用情况 (GetAccountQuotaUsage).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ACCOUNT_QUOTA_USAGE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_account(
        self,
        *,
        resource_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceAccountResult:
        """查看资源所属账户 (GetResourceAccount).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            resource_uuids: resourceUuids (since 2.6.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_ACCOUNT,
            {
                "resourceUuids": resource_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_resource_names(
        self,
        *,
        uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetResourceNamesResult:
        """获取资源名称 (GetResourceNames).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuids: 资源的UUID列表 (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_RESOURCE_NAMES,
            {
                "uuids": uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_two_factor_authentication_secret(
        self,
        *,
        name: str,
        password: str,
        type: Literal["account", "iam2"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        job_uuid: str | None = None,
    ) -> GetTwoFactorAuthenticationSecretResult:
        """获取双因子认证密钥 (GetTwoFactorAuthenticationSecret).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            name: 资源名称 (since 2.6.0; minLength 1)
            password: password (since 2.6.0; minLength 1)
            type: type (since 2.6.0; minLength 1; enum {'account', 'iam2'})
            captcha_uuid: captchaUuid (since 2.6.0)
            verify_code: verifyCode (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TWO_FACTOR_AUTHENTICATION_SECRET,
            {
                "name": name,
                "password": password,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
                "captchaUuid": captcha_uuid,
                "verifyCode": verify_code,
            },
            job_uuid,
        )

    async def get_two_factor_authentication_state(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetTwoFactorAuthenticationStateResult:
        """获取双因子认证状态 (GetTwoFactorAuthenticationState).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_TWO_FACTOR_AUTHENTICATION_STATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def log_in_by_account(
        self,
        *,
        account_name: str,
        password: str,
        account_type: str | None = None,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByAccountResult:
        """使用账户身份登录 (LogInByAccount).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_name: 账户名称说明: 账户名称和账户UUID不能同时为空 (since 0.6)
            account_type: accountType
            captcha_uuid: 验证码UUID (since 2.6.0)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            verify_code: 验证码 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOG_IN_BY_ACCOUNT,
            {
                "accountName": account_name,
                "accountType": account_type,
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "password": password,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def log_in_by_user(
        self,
        *,
        password: str,
        user_name: str,
        account_name: str | None = None,
        account_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByUserResult:
        """使用用户身份登录 (LogInByUser).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            account_name: 账户名称 (since 0.6)
            account_uuid: 账户UUID (since 0.6)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            user_name: 用户名称 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOG_IN_BY_USER,
            {
                "accountName": account_name,
                "accountUuid": account_uuid,
                "clientInfo": client_info,
                "password": password,
                "userName": user_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def log_out(
        self,
        *,
        session_uuid: str,
        client_info: Mapping[str, str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogOutResult:
        """退出当前登录状态 (LogOut).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            session_uuid: 会话UUID (since 0.6)
            client_info: 客户端信息 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOG_OUT,
            {
                "sessionUuid": session_uuid,
                "clientInfo": client_info,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_account(
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
    ) -> QueryAccountResult:
        """查询账户 (QueryAccount).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCOUNT,
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

    def query_account_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccountInventory]:
        """Every result of ``query_account``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT,
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

    async def query_account_resource_ref(
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
    ) -> QueryAccountResourceRefResult:
        """查询账户资源引用 (QueryAccountResourceRef).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCOUNT_RESOURCE_REF,
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

    def query_account_resource_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccountResourceRefInventory]:
        """Every result of ``query_account_resource_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCOUNT_RESOURCE_REF,
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

    async def query_policy(
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
    ) -> QueryPolicyResult:
        """查询策略 (QueryPolicy).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY,
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

    def query_policy_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyInventory]:
        """Every result of ``query_policy``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY,
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

    async def query_quota(
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
    ) -> QueryQuotaResult:
        """查询配额 (QueryQuota).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_QUOTA,
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

    def query_quota_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[QuotaInventory]:
        """Every result of ``query_quota``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_QUOTA,
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

    async def query_shared_resource(
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
    ) -> QuerySharedResourceResult:
        """查询共享资源 (QuerySharedResource).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SHARED_RESOURCE,
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

    def query_shared_resource_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SharedResourceInventory]:
        """Every result of ``query_shared_resource``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SHARED_RESOURCE,
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

    async def query_two_factor_authentication(
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
    ) -> QueryTwoFactorAuthenticationResult:
        """查询双因子认证密钥 (QueryTwoFactorAuthentication).

        Since ZStack 3.4.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.4.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_TWO_FACTOR_AUTHENTICATION,
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

    def query_two_factor_authentication_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[TwoFactorAuthenticationInventory]:
        """Every result of ``query_two_factor_authentication``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_TWO_FACTOR_AUTHENTICATION,
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

    async def query_user(
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
    ) -> QueryUserResult:
        """查询用户 (QueryUser).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_USER,
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

    def query_user_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UserInventory]:
        """Every result of ``query_user``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER,
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

    async def query_user_group(
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
    ) -> QueryUserGroupResult:
        """查询用户组 (QueryUserGroup).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_USER_GROUP,
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

    def query_user_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UserGroupInventory]:
        """Every result of ``query_user_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USER_GROUP,
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

    async def refresh_captcha(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshCaptchaResult:
        """刷新验证码 (RefreshCaptcha).

        Since ZStack 2.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_CAPTCHA,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_user_from_group(
        self,
        *,
        group_uuid: str,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveUserFromGroupResult:
        """从用户组中移除用户 (RemoveUserFromGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            group_uuid: 用户组UUID (since 0.6)
            user_uuid: 用户UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_USER_FROM_GROUP,
            {
                "groupUuid": group_uuid,
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def renew_session(
        self,
        *,
        session_uuid: str,
        duration: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RenewSessionResult:
        """更新会话 (RenewSession).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            session_uuid: 会话uuid (since 0.6)
            duration: duration (since 2.3; minimum 60; maximum 31536000)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RENEW_SESSION,
            {
                "sessionUuid": session_uuid,
                "duration": duration,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reset_two_factor_authentication_secret(
        self,
        *,
        name: str,
        password: str,
        type: Literal["account", "iam2"],
        captcha_uuid: str | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ResetTwoFactorAuthenticationSecretResult:
        """Reset two factor authentication secret (ResetTwoFactorAuthenticationSecret).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ResetTwoFactorAuthenticationSecretAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            captcha_uuid: captchaUuid
            name: name (minLength 1)
            password: password (minLength 1)
            type: type (minLength 1; enum {'account', 'iam2'})
            verify_code: verifyCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RESET_TWO_FACTOR_AUTHENTICATION_SECRET,
            {
                "captchaUuid": captcha_uuid,
                "name": name,
                "password": password,
                "type": type,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def revoke_resource_sharing(
        self,
        *,
        resource_uuids: Sequence[str],
        account_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        to_public: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RevokeResourceSharingResult:
        """解除资源共享 (RevokeResourceSharing).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuids: 账户UUID列表 (since 0.6)
            all: all (since 0.6)
            resource_uuids: 资源UUID列表 (since 0.6; minItems 1)
            to_public: 全局共享 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REVOKE_RESOURCE_SHARING,
            {
                "accountUuids": account_uuids,
                "all": all,
                "resourceUuids": resource_uuids,
                "toPublic": to_public,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def share_resource(
        self,
        *,
        resource_uuids: Sequence[str],
        account_uuids: Sequence[str] | None = None,
        to_public: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ShareResourceResult:
        """共享资源给账户 (ShareResource).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuids: 账户UUID列表 (since 0.6)
            resource_uuids: 资源UUID列表 (since 0.6; minItems 1)
            to_public: 全局共享说明: toPublic参数被设为false时，账户uuid不能为空 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SHARE_RESOURCE,
            {
                "accountUuids": account_uuids,
                "resourceUuids": resource_uuids,
                "toPublic": to_public,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_account(
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
    ) -> UpdateAccountResult:
        """更新账户 (UpdateAccount).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 账户名称 (since 0.6; maxLength 255)
            old_password: oldPassword (maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ACCOUNT,
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

    async def update_quota(
        self,
        *,
        identity_uuid: str,
        name: str,
        value: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateQuotaResult:
        """更新配额 (UpdateQuota).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            identity_uuid: 身份实体的UUID（账户的） (since 0.6)
            name: 资源名称 (since 0.6)
            value: 配额值 (since 0.6; minimum 0; maximum 9223372036854775807)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_QUOTA,
            {
                "identityUuid": identity_uuid,
                "name": name,
                "value": value,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_user(
        self,
        *,
        description: str | None = None,
        name: str | None = None,
        old_password: str | None = None,
        password: str | None = None,
        uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUserResult:
        """更新用户 (UpdateUser).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 用户名称 (since 0.6; maxLength 255)
            old_password: oldPassword (maxLength 255)
            password: 密码 (since 0.6; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_USER,
            {
                "description": description,
                "name": name,
                "oldPassword": old_password,
                "password": password,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_user_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUserGroupResult:
        """更新用户组 (UpdateUserGroup).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_USER_GROUP,
            {
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def validate_session(
        self,
        *,
        session_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidateSessionResult:
        """验证会话的有效性 (ValidateSession).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            session_uuid: 会话UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_SESSION,
            {
                "sessionUuid": session_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

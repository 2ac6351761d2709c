"""``client.create``: 18 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.clean_invalid_ldap_iam2_binding_result import CleanInvalidLdapIAM2BindingResult
    from ..models.create_cas_client_result import CreateCasClientResult
    from ..models.create_iam2_virtual_id_from_ldap_uid_result import (
        CreateIAM2VirtualIDFromLdapUidResult,
    )
    from ..models.create_iam2_virtual_id_ldap_binding_result import (
        CreateIAM2VirtualIDLdapBindingResult,
    )
    from ..models.create_o_auth_client_result import CreateOAuthClientResult
    from ..models.create_sso_redirect_template_result import CreateSSORedirectTemplateResult
    from ..models.delete_iam2_virtual_id_ldap_binding_result import (
        DeleteIAM2VirtualIDLdapBindingResult,
    )
    from ..models.delete_sso_client_result import DeleteSSOClientResult
    from ..models.get_candidate_ldap_entry_for_iam2_binding_result import (
        GetCandidateLdapEntryForIAM2BindingResult,
    )
    from ..models.get_o_auth2_token_result import GetOAuth2TokenResult
    from ..models.get_sso_client_result import GetSSOClientResult
    from ..models.get_vms_scheduling_state_from_scheduling_rule_result import (
        GetVmsSchedulingStateFromSchedulingRuleResult,
    )
    from ..models.ldap_resource_ref_inventory import LdapResourceRefInventory
    from ..models.login_iam2_virtual_id_with_ldap_result import LoginIAM2VirtualIDWithLdapResult
    from ..models.query_iam2_ldap_binding_result import QueryIAM2LdapBindingResult
    from ..models.sync_ldap_server_result import SyncLdapServerResult
    from ..models.update_cas_client_result import UpdateCasClientResult
    from ..models.update_o_auth_client_result import UpdateOAuthClientResult
    from ..models.update_sso_redirect_template_result import UpdateSSORedirectTemplateResult

__all__ = ["AsyncCreateApi", "CreateApi"]


CLEAN_INVALID_LDAP_IAM2_BINDING: Api[CleanInvalidLdapIAM2BindingResult] = Api(
    "CleanInvalidLdapIAM2Binding",
    "PUT",
    "/iam2/ldap/bindings/actions",
    params=(
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=("system_tags", "user_tags"),
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
    names=(
        "cas_server_login_url",
        "cas_server_url_prefix",
        "description",
        "login_type",
        "name",
        "resource_uuid",
        "server_name",
        "tag_uuids",
        "url_template",
        "system_tags",
        "user_tags",
    ),
    required=(
        "casServerLoginUrl",
        "casServerUrlPrefix",
        "loginType",
        "name",
        "serverName",
        "urlTemplate",
    ),
    body_key="params",
    since="4.5.0",
    result=".models.create_cas_client_result:CreateCasClientResult",
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
    names=("ldap_uid", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("ldapUid",),
    body_key="params",
    since="3.5.1",
    result=".models.create_iam2_virtual_id_from_ldap_uid_result:CreateIAM2VirtualIDFromLdapUidResult",
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
    names=("ldap_uid", "resource_uuid", "tag_uuids", "virtual_id_uuid", "system_tags", "user_tags"),
    required=("ldapUid", "virtualIDUuid"),
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
    names=(
        "authorization_url",
        "client_id",
        "client_secret",
        "client_type",
        "description",
        "grant_type",
        "identity_provider",
        "login_type",
        "logout_url",
        "name",
        "plugin_uuid",
        "redirect_url",
        "resource_uuid",
        "scope_list",
        "tag_uuids",
        "token_url",
        "url_template",
        "userinfo_url",
        "system_tags",
        "user_tags",
    ),
    required=(
        "clientId",
        "clientType",
        "grantType",
        "loginType",
        "name",
        "tokenUrl",
        "urlTemplate",
    ),
    body_key="params",
    since="4.5.0",
    result=".models.create_o_auth_client_result:CreateOAuthClientResult",
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
    names=(
        "client_uuid",
        "description",
        "name",
        "redirect_template",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("clientUuid", "description", "name", "redirectTemplate"),
    body_key="params",
    since=None,
    result=".models.create_sso_redirect_template_result:CreateSSORedirectTemplateResult",
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
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.5.1",
    result=".models.delete_iam2_virtual_id_ldap_binding_result:DeleteIAM2VirtualIDLdapBindingResult",
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
    names=("delete_mode", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.delete_sso_client_result:DeleteSSOClientResult",
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
    names=("ldap_filter", "limit", "system_tags", "user_tags"),
    required=("ldapFilter",),
    since="3.5.1",
    result=".models.get_candidate_ldap_entry_for_iam2_binding_result:GetCandidateLdapEntryForIAM2BindingResult",
    checks=(
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_O_AUTH2_TOKEN: Api[GetOAuth2TokenResult] = Api(
    "GetOAuth2Token",
    "GET",
    "/get/oauth2/token",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("system_tags", "user_tags"),
    since="4.6.21",
    result=".models.get_o_auth2_token_result:GetOAuth2TokenResult",
)

GET_SSO_CLIENT: Api[GetSSOClientResult] = Api(
    "GetSSOClient",
    "GET",
    "/get/sso/client",
    params=(
        ("systemTags", "query", "4.6.21"),
        ("userTags", "query", "4.6.21"),
    ),
    names=("system_tags", "user_tags"),
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
    names=("rule_uuid", "vm_uuids", "system_tags", "user_tags"),
    required=("ruleUuid", "vmUuids"),
    body_key="params",
    since=None,
    result=".models.get_vms_scheduling_state_from_scheduling_rule_result:GetVmsSchedulingStateFromSchedulingRuleResult",
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
    names=("captcha_uuid", "password", "uid", "verify_code", "system_tags", "user_tags"),
    required=("password", "uid"),
    body_key="loginIAM2VirtualIDWithLdap",
    since="3.5.1",
    result=".models.login_iam2_virtual_id_with_ldap_result:LoginIAM2VirtualIDWithLdapResult",
    auth=False,
    session=True,
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
    names=("uuid", "system_tags", "user_tags"),
    since="3.5.1",
    result=".models.query_iam2_ldap_binding_result:QueryIAM2LdapBindingResult",
    query=True,
    alt_paths=("/iam2/ldap/bindings/{uuid}",),
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
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
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
    names=(
        "cas_server_login_url",
        "cas_server_url_prefix",
        "description",
        "login_type",
        "name",
        "server_name",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.update_cas_client_result:UpdateCasClientResult",
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
    names=(
        "authorization_url",
        "client_id",
        "client_secret",
        "description",
        "identity_provider",
        "login_type",
        "logout_url",
        "name",
        "plugin_uuid",
        "redirect_url",
        "scope_list",
        "token_url",
        "userinfo_url",
        "uuid",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="params",
    since="4.5.0",
    result=".models.update_o_auth_client_result:UpdateOAuthClientResult",
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
    names=("redirect_template", "uuid", "system_tags", "user_tags"),
    required=("redirectTemplate", "uuid"),
    body_key="params",
    since="4.7.21",
    result=".models.update_sso_redirect_template_result:UpdateSSORedirectTemplateResult",
)


class CreateApi(SyncNamespace):
    """create: 18 APIs (CleanInvalidLdapIAM2Binding, CreateCasClient, CreateIAM2VirtualIDFromLdapUid, ...)."""

    __slots__ = ()

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
        tag_uuids: Sequence[str] | None = None,
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

    def create_iam2_virtual_id_from_ldap_uid(
        self,
        *,
        ldap_uid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    def create_iam2_virtual_id_ldap_binding(
        self,
        *,
        ldap_uid: str,
        virtual_id_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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

    def create_sso_redirect_template(
        self,
        *,
        client_uuid: str,
        description: str,
        name: str,
        redirect_template: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        vm_uuids: Sequence[str],
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


class AsyncCreateApi(AsyncNamespace):
    """create: 18 APIs (CleanInvalidLdapIAM2Binding, CreateCasClient, CreateIAM2VirtualIDFromLdapUid, ...). (asyncio)"""

    __slots__ = ()

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
        tag_uuids: Sequence[str] | None = None,
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

    async def create_iam2_virtual_id_from_ldap_uid(
        self,
        *,
        ldap_uid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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

    async def create_iam2_virtual_id_ldap_binding(
        self,
        *,
        ldap_uid: str,
        virtual_id_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        tag_uuids: Sequence[str] | None = None,
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

    async def create_sso_redirect_template(
        self,
        *,
        client_uuid: str,
        description: str,
        name: str,
        redirect_template: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
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
        vm_uuids: Sequence[str],
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

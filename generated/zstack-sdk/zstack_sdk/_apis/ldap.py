"""``client.ldap``: 12 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_ldap_server_result import AddLdapServerResult
    from ..models.clean_invalid_ldap_binding_result import CleanInvalidLdapBindingResult
    from ..models.create_ldap_binding_result import CreateLdapBindingResult
    from ..models.delete_ldap_binding_result import DeleteLdapBindingResult
    from ..models.delete_ldap_server_result import DeleteLdapServerResult
    from ..models.get_candidate_ldap_entry_for_binding_result import (
        GetCandidateLdapEntryForBindingResult,
    )
    from ..models.get_ldap_entry_result import GetLdapEntryResult
    from ..models.get_ldap_server_available_attributes_result import (
        GetLdapServerAvailableAttributesResult,
    )
    from ..models.ldap_account_ref_inventory import LdapAccountRefInventory
    from ..models.ldap_server_inventory import LdapServerInventory
    from ..models.log_in_by_ldap_result import LogInByLdapResult
    from ..models.query_ldap_binding_result import QueryLdapBindingResult
    from ..models.query_ldap_server_result import QueryLdapServerResult
    from ..models.update_ldap_server_result import UpdateLdapServerResult

__all__ = ["AsyncLdapApi", "LdapApi"]


ADD_LDAP_SERVER: Api[AddLdapServerResult] = Api(
    "AddLdapServer",
    "POST",
    "/ldap/servers",
    params=(
        ("base", "body", "0.6"),
        ("description", "body", "0.6"),
        ("encryption", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("scope", "body", None),
        ("url", "body", "0.6"),
        ("username", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "base",
        "description",
        "encryption",
        "name",
        "password",
        "scope",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("base", "encryption", "name", "password", "scope", "url", "username"),
    body_key="params",
    since="0.6",
    result=".models.add_ldap_server_result:AddLdapServerResult",
    checks=(
        ("base", "base", "maxLength", 1024),
        ("description", "description", "maxLength", 2048),
        ("encryption", "encryption", "maxLength", 1024),
        ("encryption", "encryption", "enum", ("None", "TLS")),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 1024),
        ("scope", "scope", "enum", ("account", "IAM2")),
        ("url", "url", "maxLength", 1024),
        ("username", "username", "maxLength", 1024),
    ),
)

CLEAN_INVALID_LDAP_BINDING: Api[CleanInvalidLdapBindingResult] = Api(
    "CleanInvalidLdapBinding",
    "PUT",
    "/ldap/bindings/actions",
    params=(
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    body_key="cleanInvalidLdapBinding",
    since="0.6",
    result=".models.clean_invalid_ldap_binding_result:CleanInvalidLdapBindingResult",
)

CREATE_LDAP_BINDING: Api[CreateLdapBindingResult] = Api(
    "CreateLdapBinding",
    "POST",
    "/ldap/bindings",
    params=(
        ("accountUuid", "body", "4.7.0"),
        ("ldapUid", "body", "4.7.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("account_uuid", "ldap_uid", "system_tags", "user_tags"),
    required=("accountUuid", "ldapUid"),
    body_key="params",
    since="0.6",
    result=".models.create_ldap_binding_result:CreateLdapBindingResult",
    checks=(
        ("accountUuid", "account_uuid", "maxLength", 32),
        ("ldapUid", "ldap_uid", "maxLength", 255),
    ),
)

DELETE_LDAP_BINDING: Api[DeleteLdapBindingResult] = Api(
    "DeleteLdapBinding",
    "DELETE",
    "/ldap/bindings/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_ldap_binding_result:DeleteLdapBindingResult",
    checks=(("uuid", "uuid", "maxLength", 32),),
)

DELETE_LDAP_SERVER: Api[DeleteLdapServerResult] = Api(
    "DeleteLdapServer",
    "DELETE",
    "/ldap/servers/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_ldap_server_result:DeleteLdapServerResult",
)

GET_CANDIDATE_LDAP_ENTRY_FOR_BINDING: Api[GetCandidateLdapEntryForBindingResult] = Api(
    "GetCandidateLdapEntryForBinding",
    "GET",
    "/ldap/entries/candidates",
    params=(
        ("ldapFilter", "query", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
        ("limit", "query", "2.2"),
    ),
    names=("ldap_filter", "system_tags", "user_tags", "limit"),
    required=("ldapFilter",),
    since="2.2",
    result=".models.get_candidate_ldap_entry_for_binding_result:GetCandidateLdapEntryForBindingResult",
    checks=(
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_LDAP_ENTRY: Api[GetLdapEntryResult] = Api(
    "GetLdapEntry",
    "GET",
    "/ldap/entry",
    params=(
        ("ldapFilter", "query", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
        ("limit", "query", "2.2"),
        ("ldapServerUuid", "query", None),
    ),
    names=("ldap_filter", "system_tags", "user_tags", "limit", "ldap_server_uuid"),
    required=("ldapFilter",),
    since="2.2",
    result=".models.get_ldap_entry_result:GetLdapEntryResult",
    checks=(
        ("limit", "limit", "minimum", 1),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_LDAP_SERVER_AVAILABLE_ATTRIBUTES: Api[GetLdapServerAvailableAttributesResult] = Api(
    "GetLdapServerAvailableAttributes",
    "GET",
    "/ldap/server/attributes/{uuid}",
    params=(
        ("uuid", "path", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.get_ldap_server_available_attributes_result:GetLdapServerAvailableAttributesResult",
)

LOG_IN_BY_LDAP: Api[LogInByLdapResult] = Api(
    "LogInByLdap",
    "PUT",
    "/ldap/login",
    params=(
        ("captchaUuid", "body", "2.6.0"),
        ("clientInfo", "body", "3.5.0"),
        ("password", "body", "0.6"),
        ("uid", "body", "0.6"),
        ("verifyCode", "body", "2.6.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "captcha_uuid",
        "client_info",
        "password",
        "uid",
        "verify_code",
        "system_tags",
        "user_tags",
    ),
    required=("password", "uid"),
    body_key="logInByLdap",
    since="0.6",
    result=".models.log_in_by_ldap_result:LogInByLdapResult",
    auth=False,
    session=True,
)

QUERY_LDAP_BINDING: Api[QueryLdapBindingResult] = Api(
    "QueryLdapBinding",
    "GET",
    "/ldap/bindings",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ldap_binding_result:QueryLdapBindingResult",
    query=True,
    alt_paths=("/ldap/bindings/{uuid}",),
)

QUERY_LDAP_SERVER: Api[QueryLdapServerResult] = Api(
    "QueryLdapServer",
    "GET",
    "/ldap/servers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ldap_server_result:QueryLdapServerResult",
    query=True,
    alt_paths=("/ldap/servers/{uuid}",),
)

UPDATE_LDAP_SERVER: Api[UpdateLdapServerResult] = Api(
    "UpdateLdapServer",
    "PUT",
    "/ldap/servers/{ldapServerUuid}",
    params=(
        ("ldapServerUuid", "path", "0.6"),
        ("base", "body", "0.6"),
        ("description", "body", "0.6"),
        ("encryption", "body", "0.6"),
        ("name", "body", "0.6"),
        ("password", "body", "0.6"),
        ("url", "body", "0.6"),
        ("username", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "ldap_server_uuid",
        "base",
        "description",
        "encryption",
        "name",
        "password",
        "url",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("ldapServerUuid",),
    body_key="updateLdapServer",
    since="0.6",
    result=".models.update_ldap_server_result:UpdateLdapServerResult",
    checks=(
        ("ldapServerUuid", "ldap_server_uuid", "maxLength", 32),
        ("base", "base", "maxLength", 1024),
        ("description", "description", "maxLength", 2048),
        ("encryption", "encryption", "maxLength", 1024),
        ("encryption", "encryption", "enum", ("None", "TLS")),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 1024),
        ("url", "url", "maxLength", 1024),
        ("username", "username", "maxLength", 1024),
    ),
)


class LdapApi(SyncNamespace):
    """ldap: 12 APIs (AddLdapServer, CleanInvalidLdapBinding, CreateLdapBinding, ...)."""

    __slots__ = ()

    def add_ldap_server(
        self,
        *,
        base: str,
        encryption: Literal["None", "TLS"],
        name: str,
        password: str,
        scope: Literal["account", "IAM2"],
        url: str,
        username: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLdapServerResult:
        """添加AD/LDAP服务器 (AddLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            base: LDAP服务查询BaseDN (since 0.6; maxLength 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            encryption: 加密方式 (since 0.6; maxLength 1024; enum {'None', 'TLS'})
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 1024)
            scope: scope (enum {'account', 'IAM2'})
            url: LDAP服务器访问地址 (since 0.6; maxLength 1024)
            username: 访问LDAP服务器使用的用户名 (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_LDAP_SERVER,
            {
                "base": base,
                "description": description,
                "encryption": encryption,
                "name": name,
                "password": password,
                "scope": scope,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def clean_invalid_ldap_binding(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanInvalidLdapBindingResult:
        """清理无效的AD/LDAP绑定 (CleanInvalidLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_INVALID_LDAP_BINDING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ldap_binding(
        self,
        *,
        account_uuid: str,
        ldap_uid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLdapBindingResult:
        """创建AD/LDAP绑定 (CreateLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 4.7.0; maxLength 32)
            ldap_uid: LDAP UID (since 4.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LDAP_BINDING,
            {
                "accountUuid": account_uuid,
                "ldapUid": ldap_uid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ldap_binding(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLdapBindingResult:
        """删除AD/LDAP绑定 (DeleteLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LDAP_BINDING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ldap_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLdapServerResult:
        """删除AD/LDAP服务器 (DeleteLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LDAP_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_ldap_entry_for_binding(
        self,
        *,
        ldap_filter: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        limit: int | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateLdapEntryForBindingResult:
        """获取可绑定的AD/LDAP条目 (GetCandidateLdapEntryForBinding).

        获取可绑定的AD/LDAP条目（排除已绑定的AD/LDAP条目）。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: 查询条件 (since 2.2)
            limit: 最多返回的记录数，类似MySQL的limit (since 2.2; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_LDAP_ENTRY_FOR_BINDING,
            {
                "ldapFilter": ldap_filter,
                "systemTags": system_tags,
                "userTags": user_tags,
                "limit": limit,
            },
            job_uuid,
        )

    def get_ldap_entry(
        self,
        *,
        ldap_filter: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        limit: int | None = None,
        ldap_server_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetLdapEntryResult:
        """获取AD/LDAP条目 (GetLdapEntry).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: 查询条件 (since 2.2)
            limit: 最多返回的记录数，类似MySQL的limit (since 2.2; minimum 1; maximum 2147483647)
            ldap_server_uuid: ldapServerUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LDAP_ENTRY,
            {
                "ldapFilter": ldap_filter,
                "systemTags": system_tags,
                "userTags": user_tags,
                "limit": limit,
                "ldapServerUuid": ldap_server_uuid,
            },
            job_uuid,
        )

    def get_ldap_server_available_attributes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLdapServerAvailableAttributesResult:
        """Get ldap server available attributes (GetLdapServerAvailableAttributes).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLdapServerAvailableAttributesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LDAP_SERVER_AVAILABLE_ATTRIBUTES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def log_in_by_ldap(
        self,
        *,
        password: str,
        uid: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByLdapResult:
        """使用AD/LDAP身份登录 (LogInByLdap).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: 验证码UUID (since 2.6.0)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            uid: LDAP UID (since 0.6)
            verify_code: 验证码 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOG_IN_BY_LDAP,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "password": password,
                "uid": uid,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ldap_binding(
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
    ) -> QueryLdapBindingResult:
        """查询AD/LDAP绑定 (QueryLdapBinding).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LDAP_BINDING,
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

    def query_ldap_binding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LdapAccountRefInventory]:
        """Every result of ``query_ldap_binding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LDAP_BINDING,
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

    def query_ldap_server(
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
    ) -> QueryLdapServerResult:
        """查询AD/LDAP服务器 (QueryLdapServer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LDAP_SERVER,
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

    def query_ldap_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LdapServerInventory]:
        """Every result of ``query_ldap_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LDAP_SERVER,
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

    def update_ldap_server(
        self,
        *,
        ldap_server_uuid: str,
        base: str | None = None,
        description: str | None = None,
        encryption: Literal["None", "TLS"] | None = None,
        name: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLdapServerResult:
        """更新AD/LDAP服务器 (UpdateLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_server_uuid: LDAP服务器的UUID (since 0.6; maxLength 32)
            base: LDAP服务器的查询BaseDN (since 0.6; maxLength 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            encryption: 加密方式 (since 0.6; maxLength 1024; enum {'None', 'TLS'})
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 1024)
            url: LDAP服务器的访问地址 (since 0.6; maxLength 1024)
            username: 访问LDAP服务器的用户名 (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LDAP_SERVER,
            {
                "ldapServerUuid": ldap_server_uuid,
                "base": base,
                "description": description,
                "encryption": encryption,
                "name": name,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLdapApi(AsyncNamespace):
    """ldap: 12 APIs (AddLdapServer, CleanInvalidLdapBinding, CreateLdapBinding, ...). (asyncio)"""

    __slots__ = ()

    async def add_ldap_server(
        self,
        *,
        base: str,
        encryption: Literal["None", "TLS"],
        name: str,
        password: str,
        scope: Literal["account", "IAM2"],
        url: str,
        username: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddLdapServerResult:
        """添加AD/LDAP服务器 (AddLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            base: LDAP服务查询BaseDN (since 0.6; maxLength 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            encryption: 加密方式 (since 0.6; maxLength 1024; enum {'None', 'TLS'})
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 1024)
            scope: scope (enum {'account', 'IAM2'})
            url: LDAP服务器访问地址 (since 0.6; maxLength 1024)
            username: 访问LDAP服务器使用的用户名 (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_LDAP_SERVER,
            {
                "base": base,
                "description": description,
                "encryption": encryption,
                "name": name,
                "password": password,
                "scope": scope,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def clean_invalid_ldap_binding(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanInvalidLdapBindingResult:
        """清理无效的AD/LDAP绑定 (CleanInvalidLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_INVALID_LDAP_BINDING,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ldap_binding(
        self,
        *,
        account_uuid: str,
        ldap_uid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLdapBindingResult:
        """创建AD/LDAP绑定 (CreateLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            account_uuid: 账户UUID (since 4.7.0; maxLength 32)
            ldap_uid: LDAP UID (since 4.7.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LDAP_BINDING,
            {
                "accountUuid": account_uuid,
                "ldapUid": ldap_uid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ldap_binding(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLdapBindingResult:
        """删除AD/LDAP绑定 (DeleteLdapBinding).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LDAP_BINDING,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ldap_server(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLdapServerResult:
        """删除AD/LDAP服务器 (DeleteLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LDAP_SERVER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_ldap_entry_for_binding(
        self,
        *,
        ldap_filter: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        limit: int | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateLdapEntryForBindingResult:
        """获取可绑定的AD/LDAP条目 (GetCandidateLdapEntryForBinding).

        获取可绑定的AD/LDAP条目（排除已绑定的AD/LDAP条目）。

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: 查询条件 (since 2.2)
            limit: 最多返回的记录数，类似MySQL的limit (since 2.2; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_LDAP_ENTRY_FOR_BINDING,
            {
                "ldapFilter": ldap_filter,
                "systemTags": system_tags,
                "userTags": user_tags,
                "limit": limit,
            },
            job_uuid,
        )

    async def get_ldap_entry(
        self,
        *,
        ldap_filter: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        limit: int | None = None,
        ldap_server_uuid: str | None = None,
        job_uuid: str | None = None,
    ) -> GetLdapEntryResult:
        """获取AD/LDAP条目 (GetLdapEntry).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            ldap_filter: 查询条件 (since 2.2)
            limit: 最多返回的记录数，类似MySQL的limit (since 2.2; minimum 1; maximum 2147483647)
            ldap_server_uuid: ldapServerUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LDAP_ENTRY,
            {
                "ldapFilter": ldap_filter,
                "systemTags": system_tags,
                "userTags": user_tags,
                "limit": limit,
                "ldapServerUuid": ldap_server_uuid,
            },
            job_uuid,
        )

    async def get_ldap_server_available_attributes(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLdapServerAvailableAttributesResult:
        """Get ldap server available attributes (GetLdapServerAvailableAttributes).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLdapServerAvailableAttributesAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LDAP_SERVER_AVAILABLE_ATTRIBUTES,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def log_in_by_ldap(
        self,
        *,
        password: str,
        uid: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInByLdapResult:
        """使用AD/LDAP身份登录 (LogInByLdap).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            captcha_uuid: 验证码UUID (since 2.6.0)
            client_info: 客户端信息 (since 3.5.0)
            password: 密码 (since 0.6)
            uid: LDAP UID (since 0.6)
            verify_code: 验证码 (since 2.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOG_IN_BY_LDAP,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "password": password,
                "uid": uid,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ldap_binding(
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
    ) -> QueryLdapBindingResult:
        """查询AD/LDAP绑定 (QueryLdapBinding).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LDAP_BINDING,
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

    def query_ldap_binding_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LdapAccountRefInventory]:
        """Every result of ``query_ldap_binding``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LDAP_BINDING,
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

    async def query_ldap_server(
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
    ) -> QueryLdapServerResult:
        """查询AD/LDAP服务器 (QueryLdapServer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LDAP_SERVER,
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

    def query_ldap_server_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LdapServerInventory]:
        """Every result of ``query_ldap_server``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LDAP_SERVER,
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

    async def update_ldap_server(
        self,
        *,
        ldap_server_uuid: str,
        base: str | None = None,
        description: str | None = None,
        encryption: Literal["None", "TLS"] | None = None,
        name: str | None = None,
        password: str | None = None,
        url: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLdapServerResult:
        """更新AD/LDAP服务器 (UpdateLdapServer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ldap_server_uuid: LDAP服务器的UUID (since 0.6; maxLength 32)
            base: LDAP服务器的查询BaseDN (since 0.6; maxLength 1024)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            encryption: 加密方式 (since 0.6; maxLength 1024; enum {'None', 'TLS'})
            name: 资源名称 (since 0.6; maxLength 255)
            password: 密码 (since 0.6; maxLength 1024)
            url: LDAP服务器的访问地址 (since 0.6; maxLength 1024)
            username: 访问LDAP服务器的用户名 (since 0.6; maxLength 1024)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LDAP_SERVER,
            {
                "ldapServerUuid": ldap_server_uuid,
                "base": base,
                "description": description,
                "encryption": encryption,
                "name": name,
                "password": password,
                "url": url,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

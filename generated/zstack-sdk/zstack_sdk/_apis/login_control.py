"""``client.login_control``: 8 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.access_control_rule_inventory import AccessControlRuleInventory
    from ..models.add_access_control_rule_result import AddAccessControlRuleResult
    from ..models.delete_access_control_rule_result import DeleteAccessControlRuleResult
    from ..models.get_login_captcha_result import GetLoginCaptchaResult
    from ..models.get_login_procedures_result import GetLoginProceduresResult
    from ..models.log_in_result import LogInResult
    from ..models.query_access_control_rule_result import QueryAccessControlRuleResult
    from ..models.unlock_identity_result import UnlockIdentityResult
    from ..models.update_access_control_rule_result import UpdateAccessControlRuleResult

__all__ = ["AsyncLoginControlApi", "LoginControlApi"]


ADD_ACCESS_CONTROL_RULE: Api[AddAccessControlRuleResult] = Api(
    "AddAccessControlRule",
    "POST",
    "/login-control/access-control/rules",
    params=(
        ("controlStrategy", "body", "3.5.1"),
        ("description", "body", "3.5.1"),
        ("name", "body", "3.5.1"),
        ("resourceUuid", "body", "3.5.1"),
        ("rule", "body", "3.5.1"),
        ("tagUuids", "body", "3.5.1"),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=(
        "control_strategy",
        "description",
        "name",
        "resource_uuid",
        "rule",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("controlStrategy", "name", "rule"),
    body_key="params",
    since="3.5.1",
    result=".models.add_access_control_rule_result:AddAccessControlRuleResult",
)

DELETE_ACCESS_CONTROL_RULE: Api[DeleteAccessControlRuleResult] = Api(
    "DeleteAccessControlRule",
    "DELETE",
    "/login-control/access-control/rules/{uuid}",
    params=(
        ("uuid", "path", "3.5.1"),
        ("deleteMode", "query", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.5.1",
    result=".models.delete_access_control_rule_result:DeleteAccessControlRuleResult",
)

GET_LOGIN_CAPTCHA: Api[GetLoginCaptchaResult] = Api(
    "GetLoginCaptcha",
    "GET",
    "/login/control/captcha",
    params=(
        ("resourceName", "query", "3.5.1"),
        ("loginType", "query", "3.5.1"),
        ("captchaUuid", "query", "3.5.1"),
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    names=("resource_name", "login_type", "captcha_uuid", "system_tags", "user_tags"),
    required=("resourceName", "loginType"),
    since="3.5.1",
    result=".models.get_login_captcha_result:GetLoginCaptchaResult",
    auth=False,
)

GET_LOGIN_PROCEDURES: Api[GetLoginProceduresResult] = Api(
    "GetLoginProcedures",
    "GET",
    "/login/procedures",
    params=(
        ("username", "query", None),
        ("loginType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("username", "login_type", "system_tags", "user_tags"),
    required=("username", "loginType"),
    since=None,
    result=".models.get_login_procedures_result:GetLoginProceduresResult",
    auth=False,
)

LOG_IN: Api[LogInResult] = Api(
    "LogIn",
    "PUT",
    "/login",
    params=(
        ("captchaUuid", "body", None),
        ("clientInfo", "body", None),
        ("loginType", "body", None),
        ("password", "body", None),
        ("properties", "body", None),
        ("username", "body", None),
        ("verifyCode", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "captcha_uuid",
        "client_info",
        "login_type",
        "password",
        "properties",
        "username",
        "verify_code",
        "system_tags",
        "user_tags",
    ),
    required=("loginType", "password", "username"),
    body_key="logIn",
    since=None,
    result=".models.log_in_result:LogInResult",
    auth=False,
    session=True,
)

QUERY_ACCESS_CONTROL_RULE: Api[QueryAccessControlRuleResult] = Api(
    "QueryAccessControlRule",
    "GET",
    "/login-control/access-control/rules",
    params=(
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    names=("system_tags", "user_tags"),
    since="3.5.1",
    result=".models.query_access_control_rule_result:QueryAccessControlRuleResult",
    query=True,
)

UNLOCK_IDENTITY: Api[UnlockIdentityResult] = Api(
    "UnlockIdentity",
    "GET",
    "/login/control/unlock",
    params=(
        ("resourceName", "query", None),
        ("loginType", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("resource_name", "login_type", "system_tags", "user_tags"),
    required=("resourceName", "loginType"),
    since=None,
    result=".models.unlock_identity_result:UnlockIdentityResult",
)

UPDATE_ACCESS_CONTROL_RULE: Api[UpdateAccessControlRuleResult] = Api(
    "UpdateAccessControlRule",
    "PUT",
    "/login-control/access-control/rules/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.1"),
        ("description", "body", "3.5.1"),
        ("name", "body", "3.5.1"),
        ("rule", "body", None),
        ("systemTags", "root", "3.5.1"),
        ("userTags", "root", "3.5.1"),
    ),
    names=("uuid", "description", "name", "rule", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAccessControlRule",
    since="3.5.1",
    result=".models.update_access_control_rule_result:UpdateAccessControlRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class LoginControlApi(SyncNamespace):
    """login-control: 8 APIs (AddAccessControlRule, DeleteAccessControlRule, GetLoginCaptcha, ...)."""

    __slots__ = ()

    def add_access_control_rule(
        self,
        *,
        control_strategy: str,
        name: str,
        rule: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlRuleResult:
        """增加IP访问控制规则 (AddAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            control_strategy: controlStrategy (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1)
            name: 资源名称 (since 3.5.1)
            resource_uuid: resourceUuid (since 3.5.1)
            rule: rule (since 3.5.1)
            tag_uuids: 标签UUID列表 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_RULE,
            {
                "controlStrategy": control_strategy,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_access_control_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlRuleResult:
        """删除IP访问控制规则 (DeleteAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCESS_CONTROL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_login_captcha(
        self,
        *,
        resource_name: str,
        login_type: str,
        captcha_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoginCaptchaResult:
        """获取登录验证码 (GetLoginCaptcha).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            resource_name: resourceName (since 3.5.1)
            login_type: loginType (since 3.5.1)
            captcha_uuid: captchaUuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOGIN_CAPTCHA,
            {
                "resourceName": resource_name,
                "loginType": login_type,
                "captchaUuid": captcha_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_login_procedures(
        self,
        *,
        username: str,
        login_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoginProceduresResult:
        """Get login procedures (GetLoginProcedures).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLoginProceduresAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            username: username
            login_type: loginType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOGIN_PROCEDURES,
            {
                "username": username,
                "loginType": login_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def log_in(
        self,
        *,
        login_type: str,
        password: str,
        username: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        properties: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInResult:
        """Log in (LogIn).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LogInAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            captcha_uuid: captchaUuid
            client_info: clientInfo
            login_type: loginType
            password: password
            properties: properties
            username: username
            verify_code: verifyCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOG_IN,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "loginType": login_type,
                "password": password,
                "properties": properties,
                "username": username,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_access_control_rule(
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
    ) -> QueryAccessControlRuleResult:
        """查询IP访问控制规则 (QueryAccessControlRule).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCESS_CONTROL_RULE,
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

    def query_access_control_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccessControlRuleInventory]:
        """Every result of ``query_access_control_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_RULE,
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

    def unlock_identity(
        self,
        *,
        resource_name: str,
        login_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnlockIdentityResult:
        """Unlock identity (UnlockIdentity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UnlockIdentityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_name: resourceName
            login_type: loginType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNLOCK_IDENTITY,
            {
                "resourceName": resource_name,
                "loginType": login_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_access_control_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        rule: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAccessControlRuleResult:
        """更新IP访问控制规则 (UpdateAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            name: 资源名称 (since 3.5.1; maxLength 255)
            rule: rule
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ACCESS_CONTROL_RULE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "rule": rule,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLoginControlApi(AsyncNamespace):
    """login-control: 8 APIs (AddAccessControlRule, DeleteAccessControlRule, GetLoginCaptcha, ...). (asyncio)"""

    __slots__ = ()

    async def add_access_control_rule(
        self,
        *,
        control_strategy: str,
        name: str,
        rule: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlRuleResult:
        """增加IP访问控制规则 (AddAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            control_strategy: controlStrategy (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1)
            name: 资源名称 (since 3.5.1)
            resource_uuid: resourceUuid (since 3.5.1)
            rule: rule (since 3.5.1)
            tag_uuids: 标签UUID列表 (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_RULE,
            {
                "controlStrategy": control_strategy,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "rule": rule,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_access_control_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlRuleResult:
        """删除IP访问控制规则 (DeleteAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            delete_mode: deleteMode (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCESS_CONTROL_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_login_captcha(
        self,
        *,
        resource_name: str,
        login_type: str,
        captcha_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoginCaptchaResult:
        """获取登录验证码 (GetLoginCaptcha).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            resource_name: resourceName (since 3.5.1)
            login_type: loginType (since 3.5.1)
            captcha_uuid: captchaUuid (since 3.5.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOGIN_CAPTCHA,
            {
                "resourceName": resource_name,
                "loginType": login_type,
                "captchaUuid": captcha_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_login_procedures(
        self,
        *,
        username: str,
        login_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoginProceduresResult:
        """Get login procedures (GetLoginProcedures).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetLoginProceduresAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            username: username
            login_type: loginType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOGIN_PROCEDURES,
            {
                "username": username,
                "loginType": login_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def log_in(
        self,
        *,
        login_type: str,
        password: str,
        username: str,
        captcha_uuid: str | None = None,
        client_info: Mapping[str, Any] | None = None,
        properties: Mapping[str, Any] | None = None,
        verify_code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LogInResult:
        """Log in (LogIn).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LogInAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            captcha_uuid: captchaUuid
            client_info: clientInfo
            login_type: loginType
            password: password
            properties: properties
            username: username
            verify_code: verifyCode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOG_IN,
            {
                "captchaUuid": captcha_uuid,
                "clientInfo": client_info,
                "loginType": login_type,
                "password": password,
                "properties": properties,
                "username": username,
                "verifyCode": verify_code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_access_control_rule(
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
    ) -> QueryAccessControlRuleResult:
        """查询IP访问控制规则 (QueryAccessControlRule).

        Since ZStack 3.5.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCESS_CONTROL_RULE,
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

    def query_access_control_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccessControlRuleInventory]:
        """Every result of ``query_access_control_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_RULE,
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

    async def unlock_identity(
        self,
        *,
        resource_name: str,
        login_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UnlockIdentityResult:
        """Unlock identity (UnlockIdentity).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UnlockIdentityAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            resource_name: resourceName
            login_type: loginType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNLOCK_IDENTITY,
            {
                "resourceName": resource_name,
                "loginType": login_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_access_control_rule(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        rule: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAccessControlRuleResult:
        """更新IP访问控制规则 (UpdateAccessControlRule).

        Since ZStack 3.5.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.1)
            description: 资源的详细描述 (since 3.5.1; maxLength 2048)
            name: 资源名称 (since 3.5.1; maxLength 255)
            rule: rule
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ACCESS_CONTROL_RULE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "rule": rule,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

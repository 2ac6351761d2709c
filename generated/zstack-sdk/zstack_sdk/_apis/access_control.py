"""ZStack Cloud API: 16 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncAPIClient, SyncAPIClient
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.access_control_rule_inventory import AccessControlRuleInventory
    from ..models.access_key_inventory import AccessKeyInventory
    from ..models.add_access_control_rule_result import AddAccessControlRuleResult
    from ..models.change_access_key_state_result import ChangeAccessKeyStateResult
    from ..models.console_proxy_agent_inventory import ConsoleProxyAgentInventory
    from ..models.create_access_key_result import CreateAccessKeyResult
    from ..models.delete_access_control_rule_result import DeleteAccessControlRuleResult
    from ..models.delete_access_key_result import DeleteAccessKeyResult
    from ..models.get_login_captcha_result import GetLoginCaptchaResult
    from ..models.get_login_procedures_result import GetLoginProceduresResult
    from ..models.log_in_result import LogInResult
    from ..models.query_access_control_rule_result import QueryAccessControlRuleResult
    from ..models.query_access_key_result import QueryAccessKeyResult
    from ..models.query_console_proxy_agent_result import QueryConsoleProxyAgentResult
    from ..models.reconnect_console_proxy_agent_result import ReconnectConsoleProxyAgentResult
    from ..models.request_console_access_result import RequestConsoleAccessResult
    from ..models.unlock_identity_result import UnlockIdentityResult
    from ..models.update_access_control_rule_result import UpdateAccessControlRuleResult
    from ..models.update_console_proxy_agent_result import UpdateConsoleProxyAgentResult

__all__ = ["AccessControlApi", "AsyncAccessControlApi"]


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
    body_key="params",
    since="3.5.1",
    result=".models.add_access_control_rule_result:AddAccessControlRuleResult",
)

CHANGE_ACCESS_KEY_STATE: Api[ChangeAccessKeyStateResult] = Api(
    "ChangeAccessKeyState",
    "PUT",
    "/accesskeys/{uuid}/actions",
    params=(
        ("uuid", "path", "3.2.0"),
        ("stateEvent", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    body_key="changeAccessKeyState",
    since="3.2.0",
    result=".models.change_access_key_state_result:ChangeAccessKeyStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CREATE_ACCESS_KEY: Api[CreateAccessKeyResult] = Api(
    "CreateAccessKey",
    "POST",
    "/accesskeys",
    params=(
        ("AccessKeyID", "body", "3.7.0"),
        ("AccessKeySecret", "body", "3.7.0"),
        ("accountUuid", "body", "3.2.0"),
        ("description", "body", "3.2.0"),
        ("resourceUuid", "body", "3.2.0"),
        ("tagUuids", "body", None),
        ("userUuid", "body", "3.2.0"),
        ("systemTags", "root", "3.2.0"),
        ("userTags", "root", "3.2.0"),
    ),
    body_key="params",
    since="3.2.0",
    result=".models.create_access_key_result:CreateAccessKeyResult",
    checks=(
        ("AccessKeyID", "access_key_id", "minLength", 10),
        ("AccessKeyID", "access_key_id", "maxLength", 20),
        ("AccessKeySecret", "access_key_secret", "minLength", 10),
        ("AccessKeySecret", "access_key_secret", "maxLength", 40),
        ("accountUuid", "account_uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("userUuid", "user_uuid", "maxLength", 32),
    ),
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
    since="3.5.1",
    result=".models.delete_access_control_rule_result:DeleteAccessControlRuleResult",
)

DELETE_ACCESS_KEY: Api[DeleteAccessKeyResult] = Api(
    "DeleteAccessKey",
    "DELETE",
    "/accesskeys/{uuid}",
    params=(
        ("uuid", "path", "3.2.0"),
        ("deleteMode", "query", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    since="3.2.0",
    result=".models.delete_access_key_result:DeleteAccessKeyResult",
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
    body_key="logIn",
    since=None,
    result=".models.log_in_result:LogInResult",
    auth=False,
)

QUERY_ACCESS_CONTROL_RULE: Api[QueryAccessControlRuleResult] = Api(
    "QueryAccessControlRule",
    "GET",
    "/login-control/access-control/rules",
    params=(
        ("systemTags", "query", "3.5.1"),
        ("userTags", "query", "3.5.1"),
    ),
    since="3.5.1",
    result=".models.query_access_control_rule_result:QueryAccessControlRuleResult",
    query=True,
)

QUERY_ACCESS_KEY: Api[QueryAccessKeyResult] = Api(
    "QueryAccessKey",
    "GET",
    "/accesskeys",
    params=(
        ("uuid", "path", "3.2.0"),
        ("systemTags", "query", "3.2.0"),
        ("userTags", "query", "3.2.0"),
    ),
    since="3.2.0",
    result=".models.query_access_key_result:QueryAccessKeyResult",
    query=True,
    alt_paths=("/accesskeys/{uuid}",),
)

QUERY_CONSOLE_PROXY_AGENT: Api[QueryConsoleProxyAgentResult] = Api(
    "QueryConsoleProxyAgent",
    "GET",
    "/consoles/agents",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    since="0.6",
    result=".models.query_console_proxy_agent_result:QueryConsoleProxyAgentResult",
    query=True,
    alt_paths=("/consoles/agents/{uuid}",),
)

RECONNECT_CONSOLE_PROXY_AGENT: Api[ReconnectConsoleProxyAgentResult] = Api(
    "ReconnectConsoleProxyAgent",
    "PUT",
    "/consoles/agents",
    params=(
        ("agentUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="reconnectConsoleProxyAgent",
    since="0.6",
    result=".models.reconnect_console_proxy_agent_result:ReconnectConsoleProxyAgentResult",
    checks=(("agentUuids", "agent_uuids", "minItems", 1),),
)

REQUEST_CONSOLE_ACCESS: Api[RequestConsoleAccessResult] = Api(
    "RequestConsoleAccess",
    "POST",
    "/consoles",
    params=(
        ("vmInstanceUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    body_key="params",
    since="0.6",
    result=".models.request_console_access_result:RequestConsoleAccessResult",
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
    body_key="updateAccessControlRule",
    since="3.5.1",
    result=".models.update_access_control_rule_result:UpdateAccessControlRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_CONSOLE_PROXY_AGENT: Api[UpdateConsoleProxyAgentResult] = Api(
    "UpdateConsoleProxyAgent",
    "PUT",
    "/consoles/agents/{uuid}/actions",
    params=(
        ("uuid", "path", "2.3"),
        ("consoleProxyOverriddenIp", "body", "2.3"),
        ("consoleProxyPort", "body", None),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    body_key="updateConsoleProxyAgent",
    since="2.3",
    result=".models.update_console_proxy_agent_result:UpdateConsoleProxyAgentResult",
)


class AccessControlApi(SyncAPIClient):
    def add_access_control_rule(
        self,
        *,
        control_strategy: str,
        name: str,
        rule: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    def change_access_key_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessKeyStateResult:
        """开启或关闭AccessKey (ChangeAccessKeyState).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            state_event: 开启或关闭 (since 3.2.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_KEY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_access_key(
        self,
        *,
        account_uuid: str,
        user_uuid: str,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessKeyResult:
        """创建AccessKey (CreateAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_id: 生成的AccessKeyID (since 3.7.0; minLength 10; maxLength 20)
            access_key_secret: 生成的AccessKeySecret (since 3.7.0; minLength 10; maxLength 40)
            account_uuid: 账户UUID (since 3.2.0; maxLength 32)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            user_uuid: 用户UUID (since 3.2.0; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ACCESS_KEY,
            {
                "AccessKeyID": access_key_id,
                "AccessKeySecret": access_key_secret,
                "accountUuid": account_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userUuid": user_uuid,
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

    def delete_access_key(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessKeyResult:
        """删除AccessKey (DeleteAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            delete_mode: deleteMode (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCESS_KEY,
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

    def query_access_key(
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
    ) -> QueryAccessKeyResult:
        """查询AccessKey (QueryAccessKey).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCESS_KEY,
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

    def query_access_key_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccessKeyInventory]:
        """Every result of ``query_access_key``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_KEY,
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

    def query_console_proxy_agent(
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
    ) -> QueryConsoleProxyAgentResult:
        """查询控制台代理 (QueryConsoleProxyAgent).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def query_console_proxy_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[ConsoleProxyAgentInventory]:
        """Every result of ``query_console_proxy_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def reconnect_console_proxy_agent(
        self,
        *,
        agent_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectConsoleProxyAgentResult:
        """重连控制台代理 (ReconnectConsoleProxyAgent).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            agent_uuids: 控制台代理Agent的UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RECONNECT_CONSOLE_PROXY_AGENT,
            {
                "agentUuids": agent_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def request_console_access(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RequestConsoleAccessResult:
        """请求控制台访问地址 (RequestConsoleAccess).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REQUEST_CONSOLE_ACCESS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    def update_console_proxy_agent(
        self,
        *,
        uuid: str,
        console_proxy_overridden_ip: str,
        console_proxy_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsoleProxyAgentResult:
        """更新控制台代理 (UpdateConsoleProxyAgent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            console_proxy_overridden_ip: 新的控制台代理IP (since 2.3)
            console_proxy_port: consoleProxyPort
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CONSOLE_PROXY_AGENT,
            {
                "uuid": uuid,
                "consoleProxyOverriddenIp": console_proxy_overridden_ip,
                "consoleProxyPort": console_proxy_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncAccessControlApi(AsyncAPIClient):
    async def add_access_control_rule(
        self,
        *,
        control_strategy: str,
        name: str,
        rule: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
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

    async def change_access_key_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessKeyStateResult:
        """开启或关闭AccessKey (ChangeAccessKeyState).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            state_event: 开启或关闭 (since 3.2.0; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_KEY_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_access_key(
        self,
        *,
        account_uuid: str,
        user_uuid: str,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessKeyResult:
        """创建AccessKey (CreateAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            access_key_id: 生成的AccessKeyID (since 3.7.0; minLength 10; maxLength 20)
            access_key_secret: 生成的AccessKeySecret (since 3.7.0; minLength 10; maxLength 40)
            account_uuid: 账户UUID (since 3.2.0; maxLength 32)
            description: 资源的详细描述 (since 3.2.0; maxLength 2048)
            resource_uuid: resourceUuid (since 3.2.0)
            tag_uuids: tagUuids
            user_uuid: 用户UUID (since 3.2.0; maxLength 32)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ACCESS_KEY,
            {
                "AccessKeyID": access_key_id,
                "AccessKeySecret": access_key_secret,
                "accountUuid": account_uuid,
                "description": description,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "userUuid": user_uuid,
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

    async def delete_access_key(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessKeyResult:
        """删除AccessKey (DeleteAccessKey).

        Since ZStack 3.2.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: AccessKey UUID，唯一标示该资源 (since 3.2.0)
            delete_mode: deleteMode (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCESS_KEY,
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

    async def query_access_key(
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
    ) -> QueryAccessKeyResult:
        """查询AccessKey (QueryAccessKey).

        Since ZStack 3.2.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.2.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCESS_KEY,
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

    def query_access_key_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccessKeyInventory]:
        """Every result of ``query_access_key``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_KEY,
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

    async def query_console_proxy_agent(
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
    ) -> QueryConsoleProxyAgentResult:
        """查询控制台代理 (QueryConsoleProxyAgent).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CONSOLE_PROXY_AGENT,
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

    def query_console_proxy_agent_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[ConsoleProxyAgentInventory]:
        """Every result of ``query_console_proxy_agent``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CONSOLE_PROXY_AGENT,
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

    async def reconnect_console_proxy_agent(
        self,
        *,
        agent_uuids: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReconnectConsoleProxyAgentResult:
        """重连控制台代理 (ReconnectConsoleProxyAgent).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            agent_uuids: 控制台代理Agent的UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RECONNECT_CONSOLE_PROXY_AGENT,
            {
                "agentUuids": agent_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def request_console_access(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RequestConsoleAccessResult:
        """请求控制台访问地址 (RequestConsoleAccess).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_instance_uuid: 云主机UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REQUEST_CONSOLE_ACCESS,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
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

    async def update_console_proxy_agent(
        self,
        *,
        uuid: str,
        console_proxy_overridden_ip: str,
        console_proxy_port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateConsoleProxyAgentResult:
        """更新控制台代理 (UpdateConsoleProxyAgent).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3)
            console_proxy_overridden_ip: 新的控制台代理IP (since 2.3)
            console_proxy_port: consoleProxyPort
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CONSOLE_PROXY_AGENT,
            {
                "uuid": uuid,
                "consoleProxyOverriddenIp": console_proxy_overridden_ip,
                "consoleProxyPort": console_proxy_port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

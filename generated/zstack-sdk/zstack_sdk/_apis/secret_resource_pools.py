"""``client.secret_resource_pools``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_secret_resource_pool_state_result import (
        ChangeSecretResourcePoolStateResult,
    )
    from ..models.query_secret_resource_pool_result import QuerySecretResourcePoolResult
    from ..models.update_csp_secret_resource_pool_result import UpdateCSPSecretResourcePoolResult
    from ..models.update_fi_sec_secret_resource_pool_result import (
        UpdateFiSecSecretResourcePoolResult,
    )
    from ..models.update_flk_sec_secret_resource_pool_result import (
        UpdateFlkSecSecretResourcePoolResult,
    )
    from ..models.update_info_sec_secret_resource_pool_result import (
        UpdateInfoSecSecretResourcePoolResult,
    )
    from ..models.update_san_sec_secret_resource_pool_result import (
        UpdateSanSecSecretResourcePoolResult,
    )

__all__ = ["AsyncSecretResourcePoolsApi", "SecretResourcePoolsApi"]


CHANGE_SECRET_RESOURCE_POOL_STATE: Api[ChangeSecretResourcePoolStateResult] = Api(
    "ChangeSecretResourcePoolState",
    "PUT",
    "/secret-resource-pools/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSecretResourcePoolState",
    since=None,
    result=".models.change_secret_resource_pool_state_result:ChangeSecretResourcePoolStateResult",
    checks=(("stateEvent", "state_event", "enum", ("activate", "unactivate")),),
)

QUERY_SECRET_RESOURCE_POOL: Api[QuerySecretResourcePoolResult] = Api(
    "QuerySecretResourcePool",
    "GET",
    "/secret-resource-pools",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_secret_resource_pool_result:QuerySecretResourcePoolResult",
    query=True,
)

UPDATE_CSP_SECRET_RESOURCE_POOL: Api[UpdateCSPSecretResourcePoolResult] = Api(
    "UpdateCSPSecretResourcePool",
    "PUT",
    "/secret-resource-pools/csp/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("appId", "body", None),
        ("appKey", "body", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyId", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("protocol", "body", None),
        ("userId", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "app_id",
        "app_key",
        "description",
        "heartbeat_interval",
        "key_id",
        "management_ip",
        "model",
        "name",
        "port",
        "protocol",
        "user_id",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateCSPSecretResourcePool",
    since=None,
    result=".models.update_csp_secret_resource_pool_result:UpdateCSPSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("protocol", "protocol", "enum", ("https", "http")),
    ),
)

UPDATE_FI_SEC_SECRET_RESOURCE_POOL: Api[UpdateFiSecSecretResourcePoolResult] = Api(
    "UpdateFiSecSecretResourcePool",
    "PUT",
    "/secret-resource-pools/fiSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyNum", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "heartbeat_interval",
        "key_num",
        "model",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateFiSecSecretResourcePool",
    since=None,
    result=".models.update_fi_sec_secret_resource_pool_result:UpdateFiSecSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("keyNum", "key_num", "minLength", 4),
        ("keyNum", "key_num", "maxLength", 30),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_FLK_SEC_SECRET_RESOURCE_POOL: Api[UpdateFlkSecSecretResourcePoolResult] = Api(
    "UpdateFlkSecSecretResourcePool",
    "PUT",
    "/secret-resource-pools/flkSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("activatedToken", "body", None),
        ("description", "body", None),
        ("encryptResult", "body", None),
        ("heartbeatInterval", "body", None),
        ("hmacToken", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("protectToken", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "activated_token",
        "description",
        "encrypt_result",
        "heartbeat_interval",
        "hmac_token",
        "model",
        "name",
        "protect_token",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateFlkSecSecretResourcePool",
    since=None,
    result=".models.update_flk_sec_secret_resource_pool_result:UpdateFlkSecSecretResourcePoolResult",
    checks=(
        ("activatedToken", "activated_token", "minLength", 4),
        ("activatedToken", "activated_token", "maxLength", 30),
        ("description", "description", "maxLength", 2048),
        ("encryptResult", "encrypt_result", "minLength", 4),
        ("encryptResult", "encrypt_result", "maxLength", 64),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("hmacToken", "hmac_token", "minLength", 4),
        ("hmacToken", "hmac_token", "maxLength", 30),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("protectToken", "protect_token", "minLength", 4),
        ("protectToken", "protect_token", "maxLength", 30),
    ),
)

UPDATE_INFO_SEC_SECRET_RESOURCE_POOL: Api[UpdateInfoSecSecretResourcePoolResult] = Api(
    "UpdateInfoSecSecretResourcePool",
    "PUT",
    "/secret-resource-pools/infoSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("activatedToken", "body", None),
        ("connectionMode", "body", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("hmacToken", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("protectToken", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "activated_token",
        "connection_mode",
        "description",
        "heartbeat_interval",
        "hmac_token",
        "model",
        "name",
        "protect_token",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateInfoSecSecretResourcePool",
    since=None,
    result=".models.update_info_sec_secret_resource_pool_result:UpdateInfoSecSecretResourcePoolResult",
    checks=(
        ("activatedToken", "activated_token", "minLength", 4),
        ("activatedToken", "activated_token", "maxLength", 30),
        ("connectionMode", "connection_mode", "minimum", 1),
        ("connectionMode", "connection_mode", "maximum", 4),
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("hmacToken", "hmac_token", "minLength", 4),
        ("hmacToken", "hmac_token", "maxLength", 30),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("protectToken", "protect_token", "minLength", 4),
        ("protectToken", "protect_token", "maxLength", 30),
    ),
)

UPDATE_SAN_SEC_SECRET_RESOURCE_POOL: Api[UpdateSanSecSecretResourcePoolResult] = Api(
    "UpdateSanSecSecretResourcePool",
    "PUT",
    "/secret-resource-pools/sanSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyIndex", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("sm3Key", "body", None),
        ("sm4Key", "body", None),
        ("username", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "heartbeat_interval",
        "key_index",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "sm3_key",
        "sm4_key",
        "username",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSanSecSecretResourcePool",
    since=None,
    result=".models.update_san_sec_secret_resource_pool_result:UpdateSanSecSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)


class SecretResourcePoolsApi(SyncNamespace):
    """secret-resource-pools: 7 APIs (ChangeSecretResourcePoolState, QuerySecretResourcePool, UpdateCSPSecretResourcePool, ...)."""

    __slots__ = ()

    def change_secret_resource_pool_state(
        self,
        *,
        uuid: str,
        state_event: Literal["activate", "unactivate"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecretResourcePoolStateResult:
        """Change secret resource pool state (ChangeSecretResourcePoolState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeSecretResourcePoolStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'activate', 'unactivate'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECRET_RESOURCE_POOL_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_secret_resource_pool(
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
    ) -> QuerySecretResourcePoolResult:
        """Query secret resource pool (QuerySecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySecretResourcePoolAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECRET_RESOURCE_POOL,
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

    def query_secret_resource_pool_pages(
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
        """Every result of ``query_secret_resource_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECRET_RESOURCE_POOL,
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

    def update_csp_secret_resource_pool(
        self,
        *,
        uuid: str,
        app_id: str | None = None,
        app_key: str | None = None,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_id: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        protocol: Literal["https", "http"] | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCSPSecretResourcePoolResult:
        """Update CSP secret resource pool (UpdateCSPSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateCSPSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            app_id: appId
            app_key: appKey
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_id: keyId
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            protocol: protocol (enum {'https', 'http'})
            user_id: userId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CSP_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "appId": app_id,
                "appKey": app_key,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyId": key_id,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "protocol": protocol,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_fi_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_num: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFiSecSecretResourcePoolResult:
        """Update fi sec secret resource pool (UpdateFiSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFiSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num: keyNum (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FI_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNum": key_num,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flk_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        activated_token: str | None = None,
        description: str | None = None,
        encrypt_result: str | None = None,
        heartbeat_interval: int | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        name: str | None = None,
        protect_token: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlkSecSecretResourcePoolResult:
        """Update flk sec secret resource pool (UpdateFlkSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFlkSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            activated_token: activatedToken (minLength 4; maxLength 30)
            description: description (maxLength 2048)
            encrypt_result: encryptResult (minLength 4; maxLength 64)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken (minLength 4; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLK_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "activatedToken": activated_token,
                "description": description,
                "encryptResult": encrypt_result,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_info_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        activated_token: str | None = None,
        connection_mode: int | None = None,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        name: str | None = None,
        protect_token: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInfoSecSecretResourcePoolResult:
        """Update info sec secret resource pool (UpdateInfoSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateInfoSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            activated_token: activatedToken (minLength 4; maxLength 30)
            connection_mode: connectionMode (minimum 1; maximum 4)
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken (minLength 4; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_INFO_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "activatedToken": activated_token,
                "connectionMode": connection_mode,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_san_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_index: int | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        sm3_key: str | None = None,
        sm4_key: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSanSecSecretResourcePoolResult:
        """Update san sec secret resource pool (UpdateSanSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSanSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_index: keyIndex
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password
            port: port
            sm3_key: sm3Key
            sm4_key: sm4Key
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SAN_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyIndex": key_index,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "sm3Key": sm3_key,
                "sm4Key": sm4_key,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecretResourcePoolsApi(AsyncNamespace):
    """secret-resource-pools: 7 APIs (ChangeSecretResourcePoolState, QuerySecretResourcePool, UpdateCSPSecretResourcePool, ...). (asyncio)"""

    __slots__ = ()

    async def change_secret_resource_pool_state(
        self,
        *,
        uuid: str,
        state_event: Literal["activate", "unactivate"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecretResourcePoolStateResult:
        """Change secret resource pool state (ChangeSecretResourcePoolState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeSecretResourcePoolStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'activate', 'unactivate'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECRET_RESOURCE_POOL_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_secret_resource_pool(
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
    ) -> QuerySecretResourcePoolResult:
        """Query secret resource pool (QuerySecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySecretResourcePoolAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECRET_RESOURCE_POOL,
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

    def query_secret_resource_pool_pages(
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
        """Every result of ``query_secret_resource_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECRET_RESOURCE_POOL,
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

    async def update_csp_secret_resource_pool(
        self,
        *,
        uuid: str,
        app_id: str | None = None,
        app_key: str | None = None,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_id: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        protocol: Literal["https", "http"] | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCSPSecretResourcePoolResult:
        """Update CSP secret resource pool (UpdateCSPSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateCSPSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            app_id: appId
            app_key: appKey
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_id: keyId
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            protocol: protocol (enum {'https', 'http'})
            user_id: userId
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CSP_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "appId": app_id,
                "appKey": app_key,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyId": key_id,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "protocol": protocol,
                "userId": user_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_fi_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_num: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFiSecSecretResourcePoolResult:
        """Update fi sec secret resource pool (UpdateFiSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFiSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num: keyNum (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FI_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNum": key_num,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flk_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        activated_token: str | None = None,
        description: str | None = None,
        encrypt_result: str | None = None,
        heartbeat_interval: int | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        name: str | None = None,
        protect_token: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlkSecSecretResourcePoolResult:
        """Update flk sec secret resource pool (UpdateFlkSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFlkSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            activated_token: activatedToken (minLength 4; maxLength 30)
            description: description (maxLength 2048)
            encrypt_result: encryptResult (minLength 4; maxLength 64)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken (minLength 4; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLK_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "activatedToken": activated_token,
                "description": description,
                "encryptResult": encrypt_result,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_info_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        activated_token: str | None = None,
        connection_mode: int | None = None,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        name: str | None = None,
        protect_token: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInfoSecSecretResourcePoolResult:
        """Update info sec secret resource pool (UpdateInfoSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateInfoSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            activated_token: activatedToken (minLength 4; maxLength 30)
            connection_mode: connectionMode (minimum 1; maximum 4)
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken (minLength 4; maxLength 30)
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken (minLength 4; maxLength 30)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_INFO_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "activatedToken": activated_token,
                "connectionMode": connection_mode,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_san_sec_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        key_index: int | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        sm3_key: str | None = None,
        sm4_key: str | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSanSecSecretResourcePoolResult:
        """Update san sec secret resource pool (UpdateSanSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSanSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_index: keyIndex
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password
            port: port
            sm3_key: sm3Key
            sm4_key: sm4Key
            username: username
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SAN_SEC_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyIndex": key_index,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "sm3Key": sm3_key,
                "sm4Key": sm4_key,
                "username": username,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

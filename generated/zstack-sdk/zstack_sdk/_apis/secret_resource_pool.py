"""``client.secret_resource_pool``: 10 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.create_ai_si_no_secret_resource_pool_result import (
        CreateAiSiNoSecretResourcePoolResult,
    )
    from ..models.create_csp_secret_resource_pool_result import CreateCSPSecretResourcePoolResult
    from ..models.create_fi_sec_secret_resource_pool_result import (
        CreateFiSecSecretResourcePoolResult,
    )
    from ..models.create_flk_sec_secret_resource_pool_result import (
        CreateFlkSecSecretResourcePoolResult,
    )
    from ..models.create_hai_tai_secret_resource_pool_result import (
        CreateHaiTaiSecretResourcePoolResult,
    )
    from ..models.create_info_sec_secret_resource_pool_result import (
        CreateInfoSecSecretResourcePoolResult,
    )
    from ..models.create_jit_secret_resource_pool_result import CreateJitSecretResourcePoolResult
    from ..models.create_san_sec_secret_resource_pool_result import (
        CreateSanSecSecretResourcePoolResult,
    )
    from ..models.delete_secret_resource_pool_result import DeleteSecretResourcePoolResult
    from ..models.update_secret_resource_pool_result import UpdateSecretResourcePoolResult

__all__ = ["AsyncSecretResourcePoolApi", "SecretResourcePoolApi"]


CREATE_AI_SI_NO_SECRET_RESOURCE_POOL: Api[CreateAiSiNoSecretResourcePoolResult] = Api(
    "CreateAiSiNoSecretResourcePool",
    "POST",
    "/secret-resource-pool/aisino",
    params=(
        ("appId", "body", None),
        ("clientID", "body", None),
        ("clientSecrete", "body", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyNumSM2", "body", None),
        ("keyNumSM4", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("route", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "app_id",
        "client_id",
        "client_secrete",
        "description",
        "heartbeat_interval",
        "key_num_sm2",
        "key_num_sm4",
        "management_ip",
        "model",
        "name",
        "port",
        "resource_uuid",
        "route",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_ai_si_no_secret_resource_pool_result:CreateAiSiNoSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_CSP_SECRET_RESOURCE_POOL: Api[CreateCSPSecretResourcePoolResult] = Api(
    "CreateCSPSecretResourcePool",
    "POST",
    "/secret-resource-pool/csp",
    params=(
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
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("userId", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
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
        "resource_uuid",
        "tag_uuids",
        "type",
        "user_id",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "appId",
        "appKey",
        "heartbeatInterval",
        "keyId",
        "managementIp",
        "name",
        "port",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.create_csp_secret_resource_pool_result:CreateCSPSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("protocol", "protocol", "enum", ("https", "http")),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
        ("userId", "user_id", "maxLength", 128),
    ),
)

CREATE_FI_SEC_SECRET_RESOURCE_POOL: Api[CreateFiSecSecretResourcePoolResult] = Api(
    "CreateFiSecSecretResourcePool",
    "POST",
    "/secret-resource-pool/fiSec",
    params=(
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyNum", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "heartbeat_interval",
        "key_num",
        "model",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_fi_sec_secret_resource_pool_result:CreateFiSecSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("keyNum", "key_num", "maxLength", 128),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_FLK_SEC_SECRET_RESOURCE_POOL: Api[CreateFlkSecSecretResourcePoolResult] = Api(
    "CreateFlkSecSecretResourcePool",
    "POST",
    "/secret-resource-pool/flkSec",
    params=(
        ("activatedToken", "body", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("hmacToken", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("protectToken", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("testResult", "body", None),
        ("type", "body", None),
        ("ukeyType", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "activated_token",
        "description",
        "heartbeat_interval",
        "hmac_token",
        "model",
        "name",
        "protect_token",
        "resource_uuid",
        "tag_uuids",
        "test_result",
        "type",
        "ukey_type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_flk_sec_secret_resource_pool_result:CreateFlkSecSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_HAI_TAI_SECRET_RESOURCE_POOL: Api[CreateHaiTaiSecretResourcePoolResult] = Api(
    "CreateHaiTaiSecretResourcePool",
    "POST",
    "/secret-resource-pool/haitai",
    params=(
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("realm", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "heartbeat_interval",
        "management_ip",
        "model",
        "name",
        "port",
        "realm",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_hai_tai_secret_resource_pool_result:CreateHaiTaiSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_INFO_SEC_SECRET_RESOURCE_POOL: Api[CreateInfoSecSecretResourcePoolResult] = Api(
    "CreateInfoSecSecretResourcePool",
    "POST",
    "/secret-resource-pool/infoSec",
    params=(
        ("connectionMode", "body", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "connection_mode",
        "description",
        "heartbeat_interval",
        "model",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("connectionMode", "heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_info_sec_secret_resource_pool_result:CreateInfoSecSecretResourcePoolResult",
    checks=(
        ("connectionMode", "connection_mode", "minimum", 1),
        ("connectionMode", "connection_mode", "maximum", 4),
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_JIT_SECRET_RESOURCE_POOL: Api[CreateJitSecretResourcePoolResult] = Api(
    "CreateJitSecretResourcePool",
    "POST",
    "/secret-resource-pool/jit",
    params=(
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "heartbeat_interval",
        "model",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_jit_secret_resource_pool_result:CreateJitSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

CREATE_SAN_SEC_SECRET_RESOURCE_POOL: Api[CreateSanSecSecretResourcePoolResult] = Api(
    "CreateSanSecSecretResourcePool",
    "POST",
    "/secret-resource-pool/sanSec",
    params=(
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("keyIndex", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("sm3Key", "body", None),
        ("sm4Key", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("username", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "heartbeat_interval",
        "key_index",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "resource_uuid",
        "sm3_key",
        "sm4_key",
        "tag_uuids",
        "type",
        "username",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("heartbeatInterval", "name", "type", "zoneUuid"),
    body_key="params",
    since=None,
    result=".models.create_san_sec_secret_resource_pool_result:CreateSanSecSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        (
            "type",
            "type",
            "enum",
            (
                "CloudSecurityMachine",
                "OrdinarySecurityMachine",
                "CloudSecurityResourceService",
                "SecureSignVerifyService",
            ),
        ),
    ),
)

DELETE_SECRET_RESOURCE_POOL: Api[DeleteSecretResourcePoolResult] = Api(
    "DeleteSecretResourcePool",
    "DELETE",
    "/secret-resource-pool/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_secret_resource_pool_result:DeleteSecretResourcePoolResult",
)

UPDATE_SECRET_RESOURCE_POOL: Api[UpdateSecretResourcePoolResult] = Api(
    "UpdateSecretResourcePool",
    "PUT",
    "/secret-resource-pool/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("heartbeatInterval", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "heartbeat_interval",
        "model",
        "name",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSecretResourcePool",
    since=None,
    result=".models.update_secret_resource_pool_result:UpdateSecretResourcePoolResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("heartbeatInterval", "heartbeat_interval", "minimum", 6),
        ("heartbeatInterval", "heartbeat_interval", "maximum", 180),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)


class SecretResourcePoolApi(SyncNamespace):
    """secret-resource-pool: 10 APIs (CreateAiSiNoSecretResourcePool, CreateCSPSecretResourcePool, CreateFiSecSecretResourcePool, ...)."""

    __slots__ = ()

    def create_ai_si_no_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        app_id: str | None = None,
        client_id: str | None = None,
        client_secrete: str | None = None,
        description: str | None = None,
        key_num_sm2: str | None = None,
        key_num_sm4: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        route: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAiSiNoSecretResourcePoolResult:
        """Create ai si no secret resource pool (CreateAiSiNoSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAiSiNoSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_id: appId
            client_id: clientID
            client_secrete: clientSecrete
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num_sm2: keyNumSM2
            key_num_sm4: keyNumSM4
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            resource_uuid: resourceUuid
            route: route
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_AI_SI_NO_SECRET_RESOURCE_POOL,
            {
                "appId": app_id,
                "clientID": client_id,
                "clientSecrete": client_secrete,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNumSM2": key_num_sm2,
                "keyNumSM4": key_num_sm4,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "route": route,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_csp_secret_resource_pool(
        self,
        *,
        app_id: str,
        app_key: str,
        heartbeat_interval: int,
        key_id: str,
        management_ip: str,
        name: str,
        port: int,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        protocol: Literal["https", "http"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCSPSecretResourcePoolResult:
        """Create CSP secret resource pool (CreateCSPSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateCSPSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
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
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            user_id: userId (maxLength 128)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CSP_SECRET_RESOURCE_POOL,
            {
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
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "userId": user_id,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_fi_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        key_num: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFiSecSecretResourcePoolResult:
        """Create fi sec secret resource pool (CreateFiSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFiSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num: keyNum (maxLength 128)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FI_SEC_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNum": key_num,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_flk_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        activated_token: str | None = None,
        description: str | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        protect_token: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        test_result: str | None = None,
        ukey_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlkSecSecretResourcePoolResult:
        """Create flk sec secret resource pool (CreateFlkSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFlkSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            activated_token: activatedToken
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            test_result: testResult
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            ukey_type: ukeyType
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_FLK_SEC_SECRET_RESOURCE_POOL,
            {
                "activatedToken": activated_token,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "testResult": test_result,
                "type": type,
                "ukeyType": ukey_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_hai_tai_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        port: int | None = None,
        realm: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHaiTaiSecretResourcePoolResult:
        """Create hai tai secret resource pool (CreateHaiTaiSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateHaiTaiSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            realm: realm
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_HAI_TAI_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "realm": realm,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_info_sec_secret_resource_pool(
        self,
        *,
        connection_mode: int,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateInfoSecSecretResourcePoolResult:
        """Create info sec secret resource pool (CreateInfoSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateInfoSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            connection_mode: connectionMode (minimum 1; maximum 4)
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_INFO_SEC_SECRET_RESOURCE_POOL,
            {
                "connectionMode": connection_mode,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_jit_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateJitSecretResourcePoolResult:
        """Create jit secret resource pool (CreateJitSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateJitSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_JIT_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_san_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        key_index: int | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        password: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sm3_key: str | None = None,
        sm4_key: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSanSecSecretResourcePoolResult:
        """Create san sec secret resource pool (CreateSanSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSanSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_index: keyIndex
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password
            port: port
            resource_uuid: resourceUuid
            sm3_key: sm3Key
            sm4_key: sm4Key
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            username: username
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SAN_SEC_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyIndex": key_index,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "sm3Key": sm3_key,
                "sm4Key": sm4_key,
                "tagUuids": tag_uuids,
                "type": type,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_secret_resource_pool(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecretResourcePoolResult:
        """Delete secret resource pool (DeleteSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecretResourcePoolResult:
        """Update secret resource pool (UpdateSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecretResourcePoolApi(AsyncNamespace):
    """secret-resource-pool: 10 APIs (CreateAiSiNoSecretResourcePool, CreateCSPSecretResourcePool, CreateFiSecSecretResourcePool, ...). (asyncio)"""

    __slots__ = ()

    async def create_ai_si_no_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        app_id: str | None = None,
        client_id: str | None = None,
        client_secrete: str | None = None,
        description: str | None = None,
        key_num_sm2: str | None = None,
        key_num_sm4: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        route: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAiSiNoSecretResourcePoolResult:
        """Create ai si no secret resource pool (CreateAiSiNoSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAiSiNoSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            app_id: appId
            client_id: clientID
            client_secrete: clientSecrete
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num_sm2: keyNumSM2
            key_num_sm4: keyNumSM4
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            resource_uuid: resourceUuid
            route: route
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_AI_SI_NO_SECRET_RESOURCE_POOL,
            {
                "appId": app_id,
                "clientID": client_id,
                "clientSecrete": client_secrete,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNumSM2": key_num_sm2,
                "keyNumSM4": key_num_sm4,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "route": route,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_csp_secret_resource_pool(
        self,
        *,
        app_id: str,
        app_key: str,
        heartbeat_interval: int,
        key_id: str,
        management_ip: str,
        name: str,
        port: int,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        protocol: Literal["https", "http"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        user_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCSPSecretResourcePoolResult:
        """Create CSP secret resource pool (CreateCSPSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateCSPSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
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
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            user_id: userId (maxLength 128)
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CSP_SECRET_RESOURCE_POOL,
            {
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
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "userId": user_id,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_fi_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        key_num: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFiSecSecretResourcePoolResult:
        """Create fi sec secret resource pool (CreateFiSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFiSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_num: keyNum (maxLength 128)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FI_SEC_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyNum": key_num,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_flk_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        activated_token: str | None = None,
        description: str | None = None,
        hmac_token: str | None = None,
        model: str | None = None,
        protect_token: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        test_result: str | None = None,
        ukey_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateFlkSecSecretResourcePoolResult:
        """Create flk sec secret resource pool (CreateFlkSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateFlkSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            activated_token: activatedToken
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            hmac_token: hmacToken
            model: model (maxLength 255)
            name: name (maxLength 255)
            protect_token: protectToken
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            test_result: testResult
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            ukey_type: ukeyType
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_FLK_SEC_SECRET_RESOURCE_POOL,
            {
                "activatedToken": activated_token,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "hmacToken": hmac_token,
                "model": model,
                "name": name,
                "protectToken": protect_token,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "testResult": test_result,
                "type": type,
                "ukeyType": ukey_type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_hai_tai_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        port: int | None = None,
        realm: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateHaiTaiSecretResourcePoolResult:
        """Create hai tai secret resource pool (CreateHaiTaiSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateHaiTaiSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            realm: realm
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_HAI_TAI_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "realm": realm,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_info_sec_secret_resource_pool(
        self,
        *,
        connection_mode: int,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateInfoSecSecretResourcePoolResult:
        """Create info sec secret resource pool (CreateInfoSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateInfoSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            connection_mode: connectionMode (minimum 1; maximum 4)
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_INFO_SEC_SECRET_RESOURCE_POOL,
            {
                "connectionMode": connection_mode,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_jit_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        model: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateJitSecretResourcePoolResult:
        """Create jit secret resource pool (CreateJitSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateJitSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_JIT_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_san_sec_secret_resource_pool(
        self,
        *,
        heartbeat_interval: int,
        name: str,
        type: Literal[
            "CloudSecurityMachine",
            "OrdinarySecurityMachine",
            "CloudSecurityResourceService",
            "SecureSignVerifyService",
        ],
        zone_uuid: str,
        description: str | None = None,
        key_index: int | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        password: str | None = None,
        port: int | None = None,
        resource_uuid: str | None = None,
        sm3_key: str | None = None,
        sm4_key: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        username: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSanSecSecretResourcePoolResult:
        """Create san sec secret resource pool (CreateSanSecSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateSanSecSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            key_index: keyIndex
            management_ip: managementIp
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password
            port: port
            resource_uuid: resourceUuid
            sm3_key: sm3Key
            sm4_key: sm4Key
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'CloudSecurityResourceService', 'SecureSignVerifyService'})
            username: username
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SAN_SEC_SECRET_RESOURCE_POOL,
            {
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "keyIndex": key_index,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "sm3Key": sm3_key,
                "sm4Key": sm4_key,
                "tagUuids": tag_uuids,
                "type": type,
                "username": username,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_secret_resource_pool(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecretResourcePoolResult:
        """Delete secret resource pool (DeleteSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_secret_resource_pool(
        self,
        *,
        uuid: str,
        description: str | None = None,
        heartbeat_interval: int | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecretResourcePoolResult:
        """Update secret resource pool (UpdateSecretResourcePool).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSecretResourcePoolAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            heartbeat_interval: heartbeatInterval (minimum 6; maximum 180)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECRET_RESOURCE_POOL,
            {
                "uuid": uuid,
                "description": description,
                "heartbeatInterval": heartbeat_interval,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

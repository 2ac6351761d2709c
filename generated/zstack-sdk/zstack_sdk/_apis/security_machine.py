"""``client.security_machine``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.add_fi_sec_security_machine_result import AddFiSecSecurityMachineResult
    from ..models.add_flk_sec_security_machine_result import AddFlkSecSecurityMachineResult
    from ..models.add_info_sec_security_machine_result import AddInfoSecSecurityMachineResult
    from ..models.add_jit_security_machine_result import AddJitSecurityMachineResult
    from ..models.add_san_sec_security_machine_result import AddSanSecSecurityMachineResult
    from ..models.security_machine_detect_sync_result import SecurityMachineDetectSyncResult
    from ..models.security_machine_encrypt_result import SecurityMachineEncryptResult

__all__ = ["AsyncSecurityMachineApi", "SecurityMachineApi"]


ADD_FI_SEC_SECURITY_MACHINE: Api[AddFiSecSecurityMachineResult] = Api(
    "AddFiSecSecurityMachine",
    "POST",
    "/security-machine/fiSec",
    params=(
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("secretResourcePoolUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "resource_uuid",
        "secret_resource_pool_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "managementIp",
        "model",
        "name",
        "port",
        "secretResourcePoolUuid",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.add_fi_sec_security_machine_result:AddFiSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        (
            "type",
            "type",
            "enum",
            ("CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"),
        ),
    ),
)

ADD_FLK_SEC_SECURITY_MACHINE: Api[AddFlkSecSecurityMachineResult] = Api(
    "AddFlkSecSecurityMachine",
    "POST",
    "/security-machine/flkSec",
    params=(
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("secretResourcePoolUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "resource_uuid",
        "secret_resource_pool_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "managementIp",
        "model",
        "name",
        "port",
        "secretResourcePoolUuid",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.add_flk_sec_security_machine_result:AddFlkSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        (
            "type",
            "type",
            "enum",
            ("CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"),
        ),
    ),
)

ADD_INFO_SEC_SECURITY_MACHINE: Api[AddInfoSecSecurityMachineResult] = Api(
    "AddInfoSecSecurityMachine",
    "POST",
    "/security-machine/infoSec",
    params=(
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("secretResourcePoolUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "resource_uuid",
        "secret_resource_pool_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "managementIp",
        "model",
        "name",
        "password",
        "port",
        "secretResourcePoolUuid",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.add_info_sec_security_machine_result:AddInfoSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        (
            "type",
            "type",
            "enum",
            ("CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"),
        ),
    ),
)

ADD_JIT_SECURITY_MACHINE: Api[AddJitSecurityMachineResult] = Api(
    "AddJitSecurityMachine",
    "POST",
    "/security-machine/jida/auth-gateway",
    params=(
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("secretResourcePoolUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "resource_uuid",
        "secret_resource_pool_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "managementIp",
        "model",
        "name",
        "port",
        "secretResourcePoolUuid",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.add_jit_security_machine_result:AddJitSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        (
            "type",
            "type",
            "enum",
            ("CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"),
        ),
    ),
)

ADD_SAN_SEC_SECURITY_MACHINE: Api[AddSanSecSecurityMachineResult] = Api(
    "AddSanSecSecurityMachine",
    "POST",
    "/security-machine/sanSec",
    params=(
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("resourceUuid", "body", None),
        ("secretResourcePoolUuid", "body", None),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("zoneUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "resource_uuid",
        "secret_resource_pool_uuid",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=(
        "managementIp",
        "model",
        "name",
        "password",
        "port",
        "secretResourcePoolUuid",
        "type",
        "zoneUuid",
    ),
    body_key="params",
    since=None,
    result=".models.add_san_sec_security_machine_result:AddSanSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
        (
            "type",
            "type",
            "enum",
            ("CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"),
        ),
    ),
)

SECURITY_MACHINE_DETECT_SYNC: Api[SecurityMachineDetectSyncResult] = Api(
    "SecurityMachineDetectSync",
    "POST",
    "/security-machine/{uuid}/detect/sync/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="params",
    since=None,
    result=".models.security_machine_detect_sync_result:SecurityMachineDetectSyncResult",
)

SECURITY_MACHINE_ENCRYPT: Api[SecurityMachineEncryptResult] = Api(
    "SecurityMachineEncrypt",
    "POST",
    "/security-machine/encrypt/actions",
    params=(
        ("algType", "body", None),
        ("text", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("alg_type", "text", "system_tags", "user_tags"),
    required=("algType", "text"),
    body_key="params",
    since=None,
    result=".models.security_machine_encrypt_result:SecurityMachineEncryptResult",
)


class SecurityMachineApi(SyncNamespace):
    """security-machine: 7 APIs (AddFiSecSecurityMachine, AddFlkSecSecurityMachine, AddInfoSecSecurityMachine, ...)."""

    __slots__ = ()

    def add_fi_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddFiSecSecurityMachineResult:
        """Add fi sec security machine (AddFiSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddFiSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_FI_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_flk_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddFlkSecSecurityMachineResult:
        """Add flk sec security machine (AddFlkSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddFlkSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_FLK_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_info_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        password: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddInfoSecSecurityMachineResult:
        """Add info sec security machine (AddInfoSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddInfoSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_INFO_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_jit_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddJitSecurityMachineResult:
        """Add jit security machine (AddJitSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddJitSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_JIT_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_san_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        password: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSanSecSecurityMachineResult:
        """Add san sec security machine (AddSanSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSanSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SAN_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def security_machine_detect_sync(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SecurityMachineDetectSyncResult:
        """Security machine detect sync (SecurityMachineDetectSync).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SecurityMachineDetectSyncAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SECURITY_MACHINE_DETECT_SYNC,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def security_machine_encrypt(
        self,
        *,
        alg_type: str,
        text: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SecurityMachineEncryptResult:
        """Security machine encrypt (SecurityMachineEncrypt).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SecurityMachineEncryptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            alg_type: algType
            text: text
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SECURITY_MACHINE_ENCRYPT,
            {
                "algType": alg_type,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecurityMachineApi(AsyncNamespace):
    """security-machine: 7 APIs (AddFiSecSecurityMachine, AddFlkSecSecurityMachine, AddInfoSecSecurityMachine, ...). (asyncio)"""

    __slots__ = ()

    async def add_fi_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddFiSecSecurityMachineResult:
        """Add fi sec security machine (AddFiSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddFiSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_FI_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_flk_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddFlkSecSecurityMachineResult:
        """Add flk sec security machine (AddFlkSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddFlkSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_FLK_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_info_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        password: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddInfoSecSecurityMachineResult:
        """Add info sec security machine (AddInfoSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddInfoSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_INFO_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_jit_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddJitSecurityMachineResult:
        """Add jit security machine (AddJitSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddJitSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_JIT_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_san_sec_security_machine(
        self,
        *,
        management_ip: str,
        model: str,
        name: str,
        password: str,
        port: int,
        secret_resource_pool_uuid: str,
        type: Literal["CloudSecurityMachine", "OrdinarySecurityMachine", "SecureSignVerifyService"],
        zone_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddSanSecSecurityMachineResult:
        """Add san sec security machine (AddSanSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddSanSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            resource_uuid: resourceUuid
            secret_resource_pool_uuid: secretResourcePoolUuid
            tag_uuids: tagUuids
            type: type (enum {'CloudSecurityMachine', 'OrdinarySecurityMachine', 'SecureSignVerifyService'})
            zone_uuid: zoneUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SAN_SEC_SECURITY_MACHINE,
            {
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "resourceUuid": resource_uuid,
                "secretResourcePoolUuid": secret_resource_pool_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def security_machine_detect_sync(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SecurityMachineDetectSyncResult:
        """Security machine detect sync (SecurityMachineDetectSync).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SecurityMachineDetectSyncAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SECURITY_MACHINE_DETECT_SYNC,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def security_machine_encrypt(
        self,
        *,
        alg_type: str,
        text: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SecurityMachineEncryptResult:
        """Security machine encrypt (SecurityMachineEncrypt).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SecurityMachineEncryptAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            alg_type: algType
            text: text
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SECURITY_MACHINE_ENCRYPT,
            {
                "algType": alg_type,
                "text": text,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

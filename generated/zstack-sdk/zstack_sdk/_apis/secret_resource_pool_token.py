"""``client.secret_resource_pool_token``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_signature_server_encrypt_public_key_result import (
        GetSignatureServerEncryptPublicKeyResult,
    )
    from ..models.set_security_machine_key_result import SetSecurityMachineKeyResult

__all__ = ["AsyncSecretResourcePoolTokenApi", "SecretResourcePoolTokenApi"]


GET_SIGNATURE_SERVER_ENCRYPT_PUBLIC_KEY: Api[GetSignatureServerEncryptPublicKeyResult] = Api(
    "GetSignatureServerEncryptPublicKey",
    "GET",
    "/secret-resource-pool-token/signature-server-encrypt-public-key",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.get_signature_server_encrypt_public_key_result:GetSignatureServerEncryptPublicKeyResult",
    auth=False,
)

SET_SECURITY_MACHINE_KEY: Api[SetSecurityMachineKeyResult] = Api(
    "SetSecurityMachineKey",
    "POST",
    "/secret-resource-pool-token/set/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("dryRun", "body", None),
        ("tokenName", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "dry_run", "token_name", "type", "system_tags", "user_tags"),
    required=("uuid", "tokenName", "type"),
    body_key="params",
    since=None,
    result=".models.set_security_machine_key_result:SetSecurityMachineKeyResult",
)


class SecretResourcePoolTokenApi(SyncNamespace):
    """secret-resource-pool-token: 2 APIs (GetSignatureServerEncryptPublicKey, SetSecurityMachineKey)."""

    __slots__ = ()

    def get_signature_server_encrypt_public_key(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSignatureServerEncryptPublicKeyResult:
        """Get signature server encrypt public key (GetSignatureServerEncryptPublicKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSignatureServerEncryptPublicKeyAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_SIGNATURE_SERVER_ENCRYPT_PUBLIC_KEY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_security_machine_key(
        self,
        *,
        uuid: str,
        token_name: str,
        type: str,
        dry_run: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetSecurityMachineKeyResult:
        """Set security machine key (SetSecurityMachineKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetSecurityMachineKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            dry_run: dryRun
            token_name: tokenName
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_SECURITY_MACHINE_KEY,
            {
                "uuid": uuid,
                "dryRun": dry_run,
                "tokenName": token_name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecretResourcePoolTokenApi(AsyncNamespace):
    """secret-resource-pool-token: 2 APIs (GetSignatureServerEncryptPublicKey, SetSecurityMachineKey). (asyncio)"""

    __slots__ = ()

    async def get_signature_server_encrypt_public_key(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetSignatureServerEncryptPublicKeyResult:
        """Get signature server encrypt public key (GetSignatureServerEncryptPublicKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetSignatureServerEncryptPublicKeyAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_SIGNATURE_SERVER_ENCRYPT_PUBLIC_KEY,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_security_machine_key(
        self,
        *,
        uuid: str,
        token_name: str,
        type: str,
        dry_run: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetSecurityMachineKeyResult:
        """Set security machine key (SetSecurityMachineKey).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/SetSecurityMachineKeyAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            dry_run: dryRun
            token_name: tokenName
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_SECURITY_MACHINE_KEY,
            {
                "uuid": uuid,
                "dryRun": dry_run,
                "tokenName": token_name,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

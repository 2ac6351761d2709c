"""``client.v2v``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.clean_v2_v_conversion_cache_result import CleanV2VConversionCacheResult
    from ..models.list_vms_from_kvm_host_result import ListVMsFromKVMHostResult

__all__ = ["AsyncV2vApi", "V2vApi"]


CLEAN_V2_V_CONVERSION_CACHE: Api[CleanV2VConversionCacheResult] = Api(
    "CleanV2VConversionCache",
    "PUT",
    "/v2v/conversion/host/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="cleanV2VConversionCache",
    since=None,
    result=".models.clean_v2_v_conversion_cache_result:CleanV2VConversionCacheResult",
)

LIST_VMS_FROM_KVM_HOST: Api[ListVMsFromKVMHostResult] = Api(
    "ListVMsFromKVMHost",
    "POST",
    "/v2v",
    params=(
        ("conversionHostUuid", "body", None),
        ("libvirtURI", "body", None),
        ("sshPrivKey", "body", None),
        ("v2vType", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "conversion_host_uuid",
        "libvirt_uri",
        "ssh_priv_key",
        "v2v_type",
        "system_tags",
        "user_tags",
    ),
    required=("conversionHostUuid", "libvirtURI"),
    body_key="params",
    since=None,
    result=".models.list_vms_from_kvm_host_result:ListVMsFromKVMHostResult",
    checks=(("libvirtURI", "libvirt_uri", "maxLength", 1024),),
)


class V2vApi(SyncNamespace):
    """v2v: 2 APIs (CleanV2VConversionCache, ListVMsFromKVMHost)."""

    __slots__ = ()

    def clean_v2_v_conversion_cache(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanV2VConversionCacheResult:
        """Clean V2V conversion cache (CleanV2VConversionCache).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanV2VConversionCacheAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CLEAN_V2_V_CONVERSION_CACHE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def list_vms_from_kvm_host(
        self,
        *,
        conversion_host_uuid: str,
        libvirt_uri: str,
        ssh_priv_key: str | None = None,
        v2v_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVMsFromKVMHostResult:
        """List VMs from KVM host (ListVMsFromKVMHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVMsFromKVMHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            conversion_host_uuid: conversionHostUuid
            libvirt_uri: libvirtURI (maxLength 1024)
            ssh_priv_key: sshPrivKey
            v2v_type: v2vType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LIST_VMS_FROM_KVM_HOST,
            {
                "conversionHostUuid": conversion_host_uuid,
                "libvirtURI": libvirt_uri,
                "sshPrivKey": ssh_priv_key,
                "v2vType": v2v_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncV2vApi(AsyncNamespace):
    """v2v: 2 APIs (CleanV2VConversionCache, ListVMsFromKVMHost). (asyncio)"""

    __slots__ = ()

    async def clean_v2_v_conversion_cache(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CleanV2VConversionCacheResult:
        """Clean V2V conversion cache (CleanV2VConversionCache).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CleanV2VConversionCacheAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CLEAN_V2_V_CONVERSION_CACHE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def list_vms_from_kvm_host(
        self,
        *,
        conversion_host_uuid: str,
        libvirt_uri: str,
        ssh_priv_key: str | None = None,
        v2v_type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ListVMsFromKVMHostResult:
        """List VMs from KVM host (ListVMsFromKVMHost).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ListVMsFromKVMHostAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            conversion_host_uuid: conversionHostUuid
            libvirt_uri: libvirtURI (maxLength 1024)
            ssh_priv_key: sshPrivKey
            v2v_type: v2vType
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LIST_VMS_FROM_KVM_HOST,
            {
                "conversionHostUuid": conversion_host_uuid,
                "libvirtURI": libvirt_uri,
                "sshPrivKey": ssh_priv_key,
                "v2vType": v2v_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

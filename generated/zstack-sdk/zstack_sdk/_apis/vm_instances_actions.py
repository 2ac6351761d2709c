"""``client.vm_instances_actions``: 2 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.get_vm_usb_redirect_result import GetVmUsbRedirectResult
    from ..models.set_vm_usb_redirect_result import SetVmUsbRedirectResult

__all__ = ["AsyncVmInstancesActionsApi", "VmInstancesActionsApi"]


GET_VM_USB_REDIRECT: Api[GetVmUsbRedirectResult] = Api(
    "GetVmUsbRedirect",
    "GET",
    "/vm-instances/{uuid}/usbredirect",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.get_vm_usb_redirect_result:GetVmUsbRedirectResult",
)

SET_VM_USB_REDIRECT: Api[SetVmUsbRedirectResult] = Api(
    "SetVmUsbRedirect",
    "PUT",
    "/vm-instances/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("enable", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("uuid", "enable", "system_tags", "user_tags"),
    required=("uuid", "enable"),
    body_key="setVmUsbRedirect",
    since="2.1",
    result=".models.set_vm_usb_redirect_result:SetVmUsbRedirectResult",
)


class VmInstancesActionsApi(SyncNamespace):
    """vm-instances-actions: 2 APIs (GetVmUsbRedirect, SetVmUsbRedirect)."""

    __slots__ = ()

    def get_vm_usb_redirect(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmUsbRedirectResult:
        """获取云主机usb重定向开关状态 (GetVmUsbRedirect).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_usb_redirect(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUsbRedirectResult:
        """设置云主机usb重定向开关 (SetVmUsbRedirect).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            enable: 设置为true代表开关开启，设置为false代表开关关闭 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVmInstancesActionsApi(AsyncNamespace):
    """vm-instances-actions: 2 APIs (GetVmUsbRedirect, SetVmUsbRedirect). (asyncio)"""

    __slots__ = ()

    async def get_vm_usb_redirect(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVmUsbRedirectResult:
        """获取云主机usb重定向开关状态 (GetVmUsbRedirect).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_usb_redirect(
        self,
        *,
        uuid: str,
        enable: bool,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmUsbRedirectResult:
        """设置云主机usb重定向开关 (SetVmUsbRedirect).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            enable: 设置为true代表开关开启，设置为false代表开关关闭 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_USB_REDIRECT,
            {
                "uuid": uuid,
                "enable": enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

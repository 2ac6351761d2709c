"""``client.usb_device``: 5 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_usb_device_to_vm_result import AttachUsbDeviceToVmResult
    from ..models.detach_usb_device_from_vm_result import DetachUsbDeviceFromVmResult
    from ..models.get_usb_device_candidates_for_attaching_vm_result import (
        GetUsbDeviceCandidatesForAttachingVmResult,
    )
    from ..models.query_usb_device_result import QueryUsbDeviceResult
    from ..models.update_usb_device_result import UpdateUsbDeviceResult
    from ..models.usb_device_inventory import UsbDeviceInventory

__all__ = ["AsyncUsbDeviceApi", "UsbDeviceApi"]


ATTACH_USB_DEVICE_TO_VM: Api[AttachUsbDeviceToVmResult] = Api(
    "AttachUsbDeviceToVm",
    "POST",
    "/usb-device/usb-devices/{usbDeviceUuid}/attach",
    params=(
        ("usbDeviceUuid", "path", "2.2"),
        ("attachType", "body", "3.5.0"),
        ("vmInstanceUuid", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("usb_device_uuid", "attach_type", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("usbDeviceUuid", "vmInstanceUuid"),
    body_key="params",
    since="2.2",
    result=".models.attach_usb_device_to_vm_result:AttachUsbDeviceToVmResult",
    checks=(("attachType", "attach_type", "enum", ("PassThrough", "Redirect")),),
)

DETACH_USB_DEVICE_FROM_VM: Api[DetachUsbDeviceFromVmResult] = Api(
    "DetachUsbDeviceFromVm",
    "POST",
    "/usb-device/usb-devices/{usbDeviceUuid}/detach",
    params=(
        ("usbDeviceUuid", "path", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("usb_device_uuid", "system_tags", "user_tags"),
    required=("usbDeviceUuid",),
    body_key="params",
    since="2.2",
    result=".models.detach_usb_device_from_vm_result:DetachUsbDeviceFromVmResult",
)

GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM: Api[GetUsbDeviceCandidatesForAttachingVmResult] = Api(
    "GetUsbDeviceCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-usb-devices",
    params=(
        ("vmInstanceUuid", "path", "2.2"),
        ("attachType", "query", "3.6.0"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("vm_instance_uuid", "attach_type", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="2.2",
    result=".models.get_usb_device_candidates_for_attaching_vm_result:GetUsbDeviceCandidatesForAttachingVmResult",
    checks=(("attachType", "attach_type", "enum", ("PassThrough", "Redirect")),),
)

QUERY_USB_DEVICE: Api[QueryUsbDeviceResult] = Api(
    "QueryUsbDevice",
    "GET",
    "/usb-device/usb-devices",
    params=(
        ("uuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.2",
    result=".models.query_usb_device_result:QueryUsbDeviceResult",
    query=True,
    alt_paths=("/usb-device/usb-devices/{uuid}",),
)

UPDATE_USB_DEVICE: Api[UpdateUsbDeviceResult] = Api(
    "UpdateUsbDevice",
    "PUT",
    "/usb-device/usb-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "2.2"),
        ("description", "body", "2.2"),
        ("name", "body", "2.2"),
        ("state", "body", "2.2"),
        ("systemTags", "root", "2.2"),
        ("userTags", "root", "2.2"),
    ),
    names=("uuid", "description", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateUsbDevice",
    since="2.2",
    result=".models.update_usb_device_result:UpdateUsbDeviceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 2048),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)


class UsbDeviceApi(SyncNamespace):
    """usb-device: 5 APIs (AttachUsbDeviceToVm, DetachUsbDeviceFromVm, GetUsbDeviceCandidatesForAttachingVm, ...)."""

    __slots__ = ()

    def attach_usb_device_to_vm(
        self,
        *,
        usb_device_uuid: str,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """云主机加载物理机USB设备 (AttachUsbDeviceToVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            attach_type: 加载类型 (since 3.5.0; enum {'PassThrough', 'Redirect'})
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_USB_DEVICE_TO_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "attachType": attach_type,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_usb_device_from_vm(
        self,
        *,
        usb_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachUsbDeviceFromVmResult:
        """将云主机挂载的USB设备卸载 (DetachUsbDeviceFromVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_USB_DEVICE_FROM_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_usb_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUsbDeviceCandidatesForAttachingVmResult:
        """获取USB透传候选列表 (GetUsbDeviceCandidatesForAttachingVm).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            attach_type: 加载类型 (since 3.6.0; enum {'PassThrough', 'Redirect'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "attachType": attach_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_usb_device(
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
    ) -> QueryUsbDeviceResult:
        """查询USB设备 (QueryUsbDevice).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_USB_DEVICE,
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

    def query_usb_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UsbDeviceInventory]:
        """Every result of ``query_usb_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USB_DEVICE,
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

    def update_usb_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUsbDeviceResult:
        """更新USB设备 (UpdateUsbDevice).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            description: 资源的详细描述 (since 2.2; maxLength 2048)
            name: 资源名称 (since 2.2; maxLength 2048)
            state: USB设备状态 (since 2.2; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_USB_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncUsbDeviceApi(AsyncNamespace):
    """usb-device: 5 APIs (AttachUsbDeviceToVm, DetachUsbDeviceFromVm, GetUsbDeviceCandidatesForAttachingVm, ...). (asyncio)"""

    __slots__ = ()

    async def attach_usb_device_to_vm(
        self,
        *,
        usb_device_uuid: str,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachUsbDeviceToVmResult:
        """云主机加载物理机USB设备 (AttachUsbDeviceToVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            attach_type: 加载类型 (since 3.5.0; enum {'PassThrough', 'Redirect'})
            vm_instance_uuid: 云主机UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_USB_DEVICE_TO_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "attachType": attach_type,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_usb_device_from_vm(
        self,
        *,
        usb_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachUsbDeviceFromVmResult:
        """将云主机挂载的USB设备卸载 (DetachUsbDeviceFromVm).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            usb_device_uuid: USB设备UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_USB_DEVICE_FROM_VM,
            {
                "usbDeviceUuid": usb_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_usb_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        attach_type: Literal["PassThrough", "Redirect"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetUsbDeviceCandidatesForAttachingVmResult:
        """获取USB透传候选列表 (GetUsbDeviceCandidatesForAttachingVm).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.2)
            attach_type: 加载类型 (since 3.6.0; enum {'PassThrough', 'Redirect'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_USB_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "attachType": attach_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_usb_device(
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
    ) -> QueryUsbDeviceResult:
        """查询USB设备 (QueryUsbDevice).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_USB_DEVICE,
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

    def query_usb_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UsbDeviceInventory]:
        """Every result of ``query_usb_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_USB_DEVICE,
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

    async def update_usb_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateUsbDeviceResult:
        """更新USB设备 (UpdateUsbDevice).

        Since ZStack 2.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.2)
            description: 资源的详细描述 (since 2.2; maxLength 2048)
            name: 资源名称 (since 2.2; maxLength 2048)
            state: USB设备状态 (since 2.2; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_USB_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

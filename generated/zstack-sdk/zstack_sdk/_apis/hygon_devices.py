"""``client.hygon_devices``: 3 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.generate_hygon_mdev_devices_result import GenerateHygonMdevDevicesResult
    from ..models.set_vm_instance_hygon_mdev_result import SetVmInstanceHygonMdevResult
    from ..models.ungenerate_hygon_mdev_devices_result import UngenerateHygonMdevDevicesResult

__all__ = ["AsyncHygonDevicesApi", "HygonDevicesApi"]


GENERATE_HYGON_MDEV_DEVICES: Api[GenerateHygonMdevDevicesResult] = Api(
    "GenerateHygonMdevDevices",
    "PUT",
    "/hygon-devices/{hostUuid}/actions",
    params=(
        ("hostUuid", "path", "5.5.0"),
        ("maxQemuNum", "body", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    names=("host_uuid", "max_qemu_num", "system_tags", "user_tags"),
    required=("hostUuid", "maxQemuNum"),
    body_key="generateHygonMdevDevices",
    since="5.5.0",
    result=".models.generate_hygon_mdev_devices_result:GenerateHygonMdevDevicesResult",
)

SET_VM_INSTANCE_HYGON_MDEV: Api[SetVmInstanceHygonMdevResult] = Api(
    "SetVmInstanceHygonMdev",
    "POST",
    "/vm-instances/{uuid}/hygon-mdev",
    params=(
        ("uuid", "path", "5.5.0"),
        ("hygonSecurityElementEnable", "body", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    names=("uuid", "hygon_security_element_enable", "system_tags", "user_tags"),
    required=("uuid", "hygonSecurityElementEnable"),
    body_key="params",
    since="5.5.0",
    result=".models.set_vm_instance_hygon_mdev_result:SetVmInstanceHygonMdevResult",
)

UNGENERATE_HYGON_MDEV_DEVICES: Api[UngenerateHygonMdevDevicesResult] = Api(
    "UngenerateHygonMdevDevices",
    "PUT",
    "/hygon-devices/{hostUuid}/actions",
    params=(
        ("hostUuid", "path", "5.5.0"),
        ("systemTags", "root", "5.5.0"),
        ("userTags", "root", "5.5.0"),
    ),
    names=("host_uuid", "system_tags", "user_tags"),
    required=("hostUuid",),
    body_key="ungenerateHygonMdevDevices",
    since="5.5.0",
    result=".models.ungenerate_hygon_mdev_devices_result:UngenerateHygonMdevDevicesResult",
)


class HygonDevicesApi(SyncNamespace):
    """hygon-devices: 3 APIs (GenerateHygonMdevDevices, SetVmInstanceHygonMdev, UngenerateHygonMdevDevices)."""

    __slots__ = ()

    def generate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        max_qemu_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateHygonMdevDevicesResult:
        """在Hygon物理机生成MDEV设备 (GenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            max_qemu_num: 指定每个物理CCP卡要为 QEMU云主机创建多少个虚拟设备 (MDEV) ，max_qemu_num=128 每个CCP生成 128 个给云主机使用的MDEV。 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "maxQemuNum": max_qemu_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_vm_instance_hygon_mdev(
        self,
        *,
        uuid: str,
        hygon_security_element_enable: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceHygonMdevResult:
        """设置云主机是否开启Hygon SE设备透传标识 (SetVmInstanceHygonMdev).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 云主机UUID (since 5.5.0)
            hygon_security_element_enable: 是否启用海光安全元素功能 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_VM_INSTANCE_HYGON_MDEV,
            {
                "uuid": uuid,
                "hygonSecurityElementEnable": hygon_security_element_enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateHygonMdevDevicesResult:
        """在Hygon物理机上取消生成的MDEV设备 (UngenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncHygonDevicesApi(AsyncNamespace):
    """hygon-devices: 3 APIs (GenerateHygonMdevDevices, SetVmInstanceHygonMdev, UngenerateHygonMdevDevices). (asyncio)"""

    __slots__ = ()

    async def generate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        max_qemu_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateHygonMdevDevicesResult:
        """在Hygon物理机生成MDEV设备 (GenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            max_qemu_num: 指定每个物理CCP卡要为 QEMU云主机创建多少个虚拟设备 (MDEV) ，max_qemu_num=128 每个CCP生成 128 个给云主机使用的MDEV。 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "maxQemuNum": max_qemu_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_vm_instance_hygon_mdev(
        self,
        *,
        uuid: str,
        hygon_security_element_enable: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetVmInstanceHygonMdevResult:
        """设置云主机是否开启Hygon SE设备透传标识 (SetVmInstanceHygonMdev).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            uuid: 云主机UUID (since 5.5.0)
            hygon_security_element_enable: 是否启用海光安全元素功能 (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_VM_INSTANCE_HYGON_MDEV,
            {
                "uuid": uuid,
                "hygonSecurityElementEnable": hygon_security_element_enable,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_hygon_mdev_devices(
        self,
        *,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateHygonMdevDevicesResult:
        """在Hygon物理机上取消生成的MDEV设备 (UngenerateHygonMdevDevices).

        Since ZStack 5.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            host_uuid: 物理机UUID (since 5.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_HYGON_MDEV_DEVICES,
            {
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

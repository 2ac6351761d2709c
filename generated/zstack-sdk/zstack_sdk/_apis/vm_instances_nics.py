"""``client.vm_instances_nics``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.change_vf_nic_ha_state_result import ChangeVfNicHaStateResult
    from ..models.change_vm_nic_type_result import ChangeVmNicTypeResult
    from ..models.get_vf_pci_device_available_in_l2_network_result import (
        GetVfPciDeviceAvailableInL2NetworkResult,
    )
    from ..models.is_vf_nic_available_in_l3_network_result import IsVfNicAvailableInL3NetworkResult

__all__ = ["AsyncVmInstancesNicsApi", "VmInstancesNicsApi"]


CHANGE_VF_NIC_HA_STATE: Api[ChangeVfNicHaStateResult] = Api(
    "ChangeVfNicHaState",
    "PUT",
    "/vm-instances/nics/{vfNicUuid}/actions",
    params=(
        ("vfNicUuid", "path", "5.1.0"),
        ("haState", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=("vf_nic_uuid", "ha_state", "system_tags", "user_tags"),
    required=("vfNicUuid", "haState"),
    body_key="changeVfNicHaState",
    since="5.1.0",
    result=".models.change_vf_nic_ha_state_result:ChangeVfNicHaStateResult",
    checks=(
        ("vfNicUuid", "vf_nic_uuid", "minLength", 1),
        ("haState", "ha_state", "maxLength", 32),
        ("haState", "ha_state", "enum", ("Enabled", "Disabled")),
    ),
)

CHANGE_VM_NIC_TYPE: Api[ChangeVmNicTypeResult] = Api(
    "ChangeVmNicType",
    "PUT",
    "/vm-instances/nics/{vmNicUuid}/actions",
    params=(
        ("vmNicUuid", "path", "3.9.0"),
        ("vmNicType", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=("vm_nic_uuid", "vm_nic_type", "system_tags", "user_tags"),
    required=("vmNicUuid", "vmNicType"),
    body_key="changeVmNicType",
    since="3.9.0",
    result=".models.change_vm_nic_type_result:ChangeVmNicTypeResult",
    checks=(("vmNicType", "vm_nic_type", "enum", ("VNIC",)),),
)

GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK: Api[GetVfPciDeviceAvailableInL2NetworkResult] = Api(
    "GetVfPciDeviceAvailableInL2Network",
    "GET",
    "/l2-networks/vf-pci-devices-available",
    params=(
        ("l2NetworkUuids", "query", "5.3.20"),
        ("systemTags", "query", "5.3.20"),
        ("userTags", "query", "5.3.20"),
    ),
    names=("l2_network_uuids", "system_tags", "user_tags"),
    required=("l2NetworkUuids",),
    since="5.3.20",
    result=".models.get_vf_pci_device_available_in_l2_network_result:GetVfPciDeviceAvailableInL2NetworkResult",
)

IS_VF_NIC_AVAILABLE_IN_L3_NETWORK: Api[IsVfNicAvailableInL3NetworkResult] = Api(
    "IsVfNicAvailableInL3Network",
    "GET",
    "/l3-networks/{l3NetworkUuid}/hosts/{hostUuid}/vfnicavailable",
    params=(
        ("l3NetworkUuid", "path", "3.9.0"),
        ("hostUuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("l3_network_uuid", "host_uuid", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "hostUuid"),
    since="3.9.0",
    result=".models.is_vf_nic_available_in_l3_network_result:IsVfNicAvailableInL3NetworkResult",
)


class VmInstancesNicsApi(SyncNamespace):
    """vm-instances-nics: 4 APIs (ChangeVfNicHaState, ChangeVmNicType, GetVfPciDeviceAvailableInL2Network, ...)."""

    __slots__ = ()

    def change_vf_nic_ha_state(
        self,
        *,
        vf_nic_uuid: str,
        ha_state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVfNicHaStateResult:
        """修改云主机VF网卡高可用状态 (ChangeVfNicHaState).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vf_nic_uuid: VF网卡UUID (since 5.1.0; minLength 1)
            ha_state: 高可用状态 (since 5.1.0; maxLength 32; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VF_NIC_HA_STATE,
            {
                "vfNicUuid": vf_nic_uuid,
                "haState": ha_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_vm_nic_type(
        self,
        *,
        vm_nic_uuid: str,
        vm_nic_type: Literal["VNIC"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicTypeResult:
        """修改云主机网卡类型 (ChangeVmNicType).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0)
            vm_nic_type: 云主机网卡类型 (since 3.9.0; enum {'VNIC'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_VM_NIC_TYPE,
            {
                "vmNicUuid": vm_nic_uuid,
                "vmNicType": vm_nic_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_vf_pci_device_available_in_l2_network(
        self,
        *,
        l2_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVfPciDeviceAvailableInL2NetworkResult:
        """获取L2网络可用的SRIOV VF (GetVfPciDeviceAvailableInL2Network).

        Since ZStack 5.3.20. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            l2_network_uuids: 2层网络Uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK,
            {
                "l2NetworkUuids": l2_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def is_vf_nic_available_in_l3_network(
        self,
        *,
        l3_network_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsVfNicAvailableInL3NetworkResult:
        """L3网络中是否存在可用VF网卡 (IsVfNicAvailableInL3Network).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.9.0)
            host_uuid: 物理机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            IS_VF_NIC_AVAILABLE_IN_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncVmInstancesNicsApi(AsyncNamespace):
    """vm-instances-nics: 4 APIs (ChangeVfNicHaState, ChangeVmNicType, GetVfPciDeviceAvailableInL2Network, ...). (asyncio)"""

    __slots__ = ()

    async def change_vf_nic_ha_state(
        self,
        *,
        vf_nic_uuid: str,
        ha_state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVfNicHaStateResult:
        """修改云主机VF网卡高可用状态 (ChangeVfNicHaState).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vf_nic_uuid: VF网卡UUID (since 5.1.0; minLength 1)
            ha_state: 高可用状态 (since 5.1.0; maxLength 32; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VF_NIC_HA_STATE,
            {
                "vfNicUuid": vf_nic_uuid,
                "haState": ha_state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_vm_nic_type(
        self,
        *,
        vm_nic_uuid: str,
        vm_nic_type: Literal["VNIC"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeVmNicTypeResult:
        """修改云主机网卡类型 (ChangeVmNicType).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            vm_nic_uuid: 云主机网卡UUID (since 3.9.0)
            vm_nic_type: 云主机网卡类型 (since 3.9.0; enum {'VNIC'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_VM_NIC_TYPE,
            {
                "vmNicUuid": vm_nic_uuid,
                "vmNicType": vm_nic_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_vf_pci_device_available_in_l2_network(
        self,
        *,
        l2_network_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetVfPciDeviceAvailableInL2NetworkResult:
        """获取L2网络可用的SRIOV VF (GetVfPciDeviceAvailableInL2Network).

        Since ZStack 5.3.20. Synchronous (a 202 is still followed).

        Documented, and newer than the Java SDK the spec was checked against.

        Args:
            l2_network_uuids: 2层网络Uuid (since 5.3.20)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_VF_PCI_DEVICE_AVAILABLE_IN_L2_NETWORK,
            {
                "l2NetworkUuids": l2_network_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def is_vf_nic_available_in_l3_network(
        self,
        *,
        l3_network_uuid: str,
        host_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> IsVfNicAvailableInL3NetworkResult:
        """L3网络中是否存在可用VF网卡 (IsVfNicAvailableInL3Network).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.9.0)
            host_uuid: 物理机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            IS_VF_NIC_AVAILABLE_IN_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "hostUuid": host_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

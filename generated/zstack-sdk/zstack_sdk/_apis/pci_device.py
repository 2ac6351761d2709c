"""``client.pci_device``: 36 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_mdev_device_spec_to_vm_instance_result import (
        AddMdevDeviceSpecToVmInstanceResult,
    )
    from ..models.add_pci_device_spec_to_vm_instance_result import (
        AddPciDeviceSpecToVmInstanceResult,
    )
    from ..models.attach_mdev_device_to_vm_result import AttachMdevDeviceToVmResult
    from ..models.attach_pci_device_to_vm_result import AttachPciDeviceToVmResult
    from ..models.create_pci_device_offering_result import CreatePciDeviceOfferingResult
    from ..models.delete_pci_device_offering_result import DeletePciDeviceOfferingResult
    from ..models.delete_pci_device_result import DeletePciDeviceResult
    from ..models.detach_mdev_device_from_vm_result import DetachMdevDeviceFromVmResult
    from ..models.detach_pci_device_from_vm_result import DetachPciDeviceFromVmResult
    from ..models.generate_mdev_devices_result import GenerateMdevDevicesResult
    from ..models.generate_sriov_pci_devices_result import GenerateSriovPciDevicesResult
    from ..models.get_host_iommu_state_result import GetHostIommuStateResult
    from ..models.get_host_iommu_status_result import GetHostIommuStatusResult
    from ..models.get_mdev_device_candidates_result import GetMdevDeviceCandidatesResult
    from ..models.get_mdev_device_spec_candidates_result import GetMdevDeviceSpecCandidatesResult
    from ..models.get_pci_device_candidates_for_attaching_vm_result import (
        GetPciDeviceCandidatesForAttachingVmResult,
    )
    from ..models.get_pci_device_candidates_for_new_create_vm_result import (
        GetPciDeviceCandidatesForNewCreateVmResult,
    )
    from ..models.get_pci_device_spec_candidates_result import GetPciDeviceSpecCandidatesResult
    from ..models.mdev_device_inventory import MdevDeviceInventory
    from ..models.mdev_device_spec_inventory import MdevDeviceSpecInventory
    from ..models.pci_device_inventory import PciDeviceInventory
    from ..models.pci_device_offering_inventory import PciDeviceOfferingInventory
    from ..models.pci_device_pci_device_offering_ref_inventory import (
        PciDevicePciDeviceOfferingRefInventory,
    )
    from ..models.pci_device_spec_inventory import PciDeviceSpecInventory
    from ..models.query_ethernet_vf_result import QueryEthernetVFResult
    from ..models.query_mdev_device_result import QueryMdevDeviceResult
    from ..models.query_mdev_device_spec_result import QueryMdevDeviceSpecResult
    from ..models.query_pci_device_offering_result import QueryPciDeviceOfferingResult
    from ..models.query_pci_device_pci_device_offering_result import (
        QueryPciDevicePciDeviceOfferingResult,
    )
    from ..models.query_pci_device_result import QueryPciDeviceResult
    from ..models.query_pci_device_spec_result import QueryPciDeviceSpecResult
    from ..models.query_vm_instance_mdev_device_spec_ref_result import (
        QueryVmInstanceMdevDeviceSpecRefResult,
    )
    from ..models.query_vm_instance_pci_device_spec_ref_result import (
        QueryVmInstancePciDeviceSpecRefResult,
    )
    from ..models.remove_mdev_device_spec_from_vm_instance_result import (
        RemoveMdevDeviceSpecFromVmInstanceResult,
    )
    from ..models.remove_pci_device_spec_from_vm_instance_result import (
        RemovePciDeviceSpecFromVmInstanceResult,
    )
    from ..models.ungenerate_mdev_devices_result import UngenerateMdevDevicesResult
    from ..models.ungenerate_sriov_pci_devices_result import UngenerateSriovPciDevicesResult
    from ..models.update_host_iommu_state_result import UpdateHostIommuStateResult
    from ..models.update_mdev_device_result import UpdateMdevDeviceResult
    from ..models.update_mdev_device_spec_result import UpdateMdevDeviceSpecResult
    from ..models.update_pci_device_result import UpdatePciDeviceResult
    from ..models.update_pci_device_spec_result import UpdatePciDeviceSpecResult
    from ..models.vm_instance_mdev_device_spec_ref_inventory import (
        VmInstanceMdevDeviceSpecRefInventory,
    )
    from ..models.vm_instance_pci_device_spec_ref_inventory import (
        VmInstancePciDeviceSpecRefInventory,
    )

__all__ = ["AsyncPciDeviceApi", "PciDeviceApi"]


ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE: Api[AddMdevDeviceSpecToVmInstanceResult] = Api(
    "AddMdevDeviceSpecToVmInstance",
    "POST",
    "/mdev-device-specs/{mdevSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("mdevDeviceNumber", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("mdev_spec_uuid", "vm_instance_uuid", "mdev_device_number", "system_tags", "user_tags"),
    required=("mdevSpecUuid", "vmInstanceUuid"),
    body_key="params",
    since="3.5.0",
    result=".models.add_mdev_device_spec_to_vm_instance_result:AddMdevDeviceSpecToVmInstanceResult",
    checks=(
        ("mdevDeviceNumber", "mdev_device_number", "minimum", 1),
        ("mdevDeviceNumber", "mdev_device_number", "maximum", 100),
    ),
)

ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE: Api[AddPciDeviceSpecToVmInstanceResult] = Api(
    "AddPciDeviceSpecToVmInstance",
    "POST",
    "/pci-device-specs/{pciSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("pciSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("pciDeviceNumber", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("pci_spec_uuid", "vm_instance_uuid", "pci_device_number", "system_tags", "user_tags"),
    required=("pciSpecUuid", "vmInstanceUuid"),
    body_key="params",
    since="3.5.0",
    result=".models.add_pci_device_spec_to_vm_instance_result:AddPciDeviceSpecToVmInstanceResult",
    checks=(
        ("pciDeviceNumber", "pci_device_number", "minimum", 1),
        ("pciDeviceNumber", "pci_device_number", "maximum", 100),
    ),
)

ATTACH_MDEV_DEVICE_TO_VM: Api[AttachMdevDeviceToVmResult] = Api(
    "AttachMdevDeviceToVm",
    "POST",
    "/mdev-devices/{mdevDeviceUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevDeviceUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("mdev_device_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("mdevDeviceUuid", "vmInstanceUuid"),
    body_key="params",
    since="3.5.0",
    result=".models.attach_mdev_device_to_vm_result:AttachMdevDeviceToVmResult",
)

ATTACH_PCI_DEVICE_TO_VM: Api[AttachPciDeviceToVmResult] = Api(
    "AttachPciDeviceToVm",
    "POST",
    "/pci-device/pci-devices/{pciDeviceUuid}/attach",
    params=(
        ("pciDeviceUuid", "path", "2.1"),
        ("vmInstanceUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("pci_device_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("pciDeviceUuid", "vmInstanceUuid"),
    body_key="params",
    since="2.1",
    result=".models.attach_pci_device_to_vm_result:AttachPciDeviceToVmResult",
)

CREATE_PCI_DEVICE_OFFERING: Api[CreatePciDeviceOfferingResult] = Api(
    "CreatePciDeviceOffering",
    "POST",
    "/pci-device/pci-device-offerings",
    params=(
        ("description", "body", "2.1"),
        ("deviceId", "body", "2.1"),
        ("name", "body", "2.1"),
        ("ramSize", "body", None),
        ("resourceUuid", "body", "2.1"),
        ("subdeviceId", "body", "2.1"),
        ("subvendorId", "body", "2.1"),
        ("tagUuids", "body", None),
        ("type", "body", "2.1"),
        ("vendorId", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=(
        "description",
        "device_id",
        "name",
        "ram_size",
        "resource_uuid",
        "subdevice_id",
        "subvendor_id",
        "tag_uuids",
        "type",
        "vendor_id",
        "system_tags",
        "user_tags",
    ),
    required=("deviceId", "vendorId"),
    body_key="params",
    since="2.1",
    result=".models.create_pci_device_offering_result:CreatePciDeviceOfferingResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("deviceId", "device_id", "maxLength", 4),
        ("name", "name", "maxLength", 255),
        ("subdeviceId", "subdevice_id", "maxLength", 4),
        ("subvendorId", "subvendor_id", "maxLength", 4),
        ("vendorId", "vendor_id", "maxLength", 4),
    ),
)

DELETE_PCI_DEVICE: Api[DeletePciDeviceResult] = Api(
    "DeletePciDevice",
    "DELETE",
    "/pci-device/pci-devices/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.delete_pci_device_result:DeletePciDeviceResult",
)

DELETE_PCI_DEVICE_OFFERING: Api[DeletePciDeviceOfferingResult] = Api(
    "DeletePciDeviceOffering",
    "DELETE",
    "/pci-device/pci-device-offerings/{uuid}",
    params=(
        ("uuid", "path", "2.1"),
        ("deleteMode", "query", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.delete_pci_device_offering_result:DeletePciDeviceOfferingResult",
)

DETACH_MDEV_DEVICE_FROM_VM: Api[DetachMdevDeviceFromVmResult] = Api(
    "DetachMdevDeviceFromVm",
    "DELETE",
    "/mdev-devices/{mdevDeviceUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevDeviceUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("deleteMode", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("mdev_device_uuid", "vm_instance_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("mdevDeviceUuid", "vmInstanceUuid"),
    since="3.5.0",
    result=".models.detach_mdev_device_from_vm_result:DetachMdevDeviceFromVmResult",
)

DETACH_PCI_DEVICE_FROM_VM: Api[DetachPciDeviceFromVmResult] = Api(
    "DetachPciDeviceFromVm",
    "POST",
    "/pci-device/pci-devices/{pciDeviceUuid}/detach",
    params=(
        ("pciDeviceUuid", "path", "2.1"),
        ("vmInstanceUuid", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("pci_device_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("pciDeviceUuid", "vmInstanceUuid"),
    body_key="params",
    since="2.1",
    result=".models.detach_pci_device_from_vm_result:DetachPciDeviceFromVmResult",
)

GENERATE_MDEV_DEVICES: Api[GenerateMdevDevicesResult] = Api(
    "GenerateMdevDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("mdevSpecUuid", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("pci_device_uuid", "mdev_spec_uuid", "system_tags", "user_tags"),
    required=("pciDeviceUuid", "mdevSpecUuid"),
    body_key="generateMdevDevices",
    since="3.5.0",
    result=".models.generate_mdev_devices_result:GenerateMdevDevicesResult",
)

GENERATE_SRIOV_PCI_DEVICES: Api[GenerateSriovPciDevicesResult] = Api(
    "GenerateSriovPciDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("virtPartNum", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("pci_device_uuid", "virt_part_num", "system_tags", "user_tags"),
    required=("pciDeviceUuid", "virtPartNum"),
    body_key="generateSriovPciDevices",
    since="3.5.0",
    result=".models.generate_sriov_pci_devices_result:GenerateSriovPciDevicesResult",
)

GET_HOST_IOMMU_STATE: Api[GetHostIommuStateResult] = Api(
    "GetHostIommuState",
    "GET",
    "/pci-device/hosts/{uuid}/state",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.get_host_iommu_state_result:GetHostIommuStateResult",
)

GET_HOST_IOMMU_STATUS: Api[GetHostIommuStatusResult] = Api(
    "GetHostIommuStatus",
    "GET",
    "/pci-device/hosts/{uuid}/status",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.1",
    result=".models.get_host_iommu_status_result:GetHostIommuStatusResult",
)

GET_MDEV_DEVICE_CANDIDATES: Api[GetMdevDeviceCandidatesResult] = Api(
    "GetMdevDeviceCandidates",
    "GET",
    "/mdev-devices/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("cluster_uuids", "host_uuid", "vm_instance_uuid", "types", "system_tags", "user_tags"),
    since="3.5.0",
    result=".models.get_mdev_device_candidates_result:GetMdevDeviceCandidatesResult",
)

GET_MDEV_DEVICE_SPEC_CANDIDATES: Api[GetMdevDeviceSpecCandidatesResult] = Api(
    "GetMdevDeviceSpecCandidates",
    "GET",
    "/mdev-device-specs/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("vmInstanceUuids", "query", "3.6.1"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=(
        "cluster_uuids",
        "host_uuid",
        "vm_instance_uuid",
        "vm_instance_uuids",
        "types",
        "system_tags",
        "user_tags",
    ),
    since="3.5.0",
    result=".models.get_mdev_device_spec_candidates_result:GetMdevDeviceSpecCandidatesResult",
)

GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM: Api[GetPciDeviceCandidatesForAttachingVmResult] = Api(
    "GetPciDeviceCandidatesForAttachingVm",
    "GET",
    "/vm-instances/{vmInstanceUuid}/candidate-pci-devices",
    params=(
        ("vmInstanceUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
        ("types", "query", "2.1"),
        ("pciSpecUuids", "query", None),
    ),
    names=("vm_instance_uuid", "system_tags", "user_tags", "types", "pci_spec_uuids"),
    required=("vmInstanceUuid",),
    since="2.1",
    result=".models.get_pci_device_candidates_for_attaching_vm_result:GetPciDeviceCandidatesForAttachingVmResult",
)

GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM: Api[GetPciDeviceCandidatesForNewCreateVmResult] = Api(
    "GetPciDeviceCandidatesForNewCreateVm",
    "GET",
    "/pci-device/candidate-pci-devices-for-new-create-vm",
    params=(
        ("hostUuid", "query", "2.4"),
        ("clusterUuids", "query", "2.4"),
        ("types", "query", "2.4"),
        ("systemTags", "query", "2.4"),
        ("userTags", "query", "2.4"),
    ),
    names=("host_uuid", "cluster_uuids", "types", "system_tags", "user_tags"),
    since="2.4",
    result=".models.get_pci_device_candidates_for_new_create_vm_result:GetPciDeviceCandidatesForNewCreateVmResult",
)

GET_PCI_DEVICE_SPEC_CANDIDATES: Api[GetPciDeviceSpecCandidatesResult] = Api(
    "GetPciDeviceSpecCandidates",
    "GET",
    "/pci-device-specs/candidates",
    params=(
        ("clusterUuids", "query", "3.5.0"),
        ("hostUuid", "query", "3.5.0"),
        ("vmInstanceUuid", "query", "3.5.0"),
        ("vmInstanceUuids", "query", "3.6.1"),
        ("types", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=(
        "cluster_uuids",
        "host_uuid",
        "vm_instance_uuid",
        "vm_instance_uuids",
        "types",
        "system_tags",
        "user_tags",
    ),
    since="3.5.0",
    result=".models.get_pci_device_spec_candidates_result:GetPciDeviceSpecCandidatesResult",
)

QUERY_ETHERNET_VF: Api[QueryEthernetVFResult] = Api(
    "QueryEthernetVF",
    "GET",
    "/pci-device/ethernet-vfs",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ethernet_vf_result:QueryEthernetVFResult",
    query=True,
)

QUERY_MDEV_DEVICE: Api[QueryMdevDeviceResult] = Api(
    "QueryMdevDevice",
    "GET",
    "/mdev-devices",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.5.0",
    result=".models.query_mdev_device_result:QueryMdevDeviceResult",
    query=True,
    alt_paths=("/mdev-devices/{uuid}",),
)

QUERY_MDEV_DEVICE_SPEC: Api[QueryMdevDeviceSpecResult] = Api(
    "QueryMdevDeviceSpec",
    "GET",
    "/mdev-device-specs",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.5.0",
    result=".models.query_mdev_device_spec_result:QueryMdevDeviceSpecResult",
    query=True,
    alt_paths=("/mdev-device-specs/{uuid}",),
)

QUERY_PCI_DEVICE: Api[QueryPciDeviceResult] = Api(
    "QueryPciDevice",
    "GET",
    "/pci-device/pci-devices",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.1",
    result=".models.query_pci_device_result:QueryPciDeviceResult",
    query=True,
    alt_paths=("/pci-device/pci-devices/{uuid}",),
)

QUERY_PCI_DEVICE_OFFERING: Api[QueryPciDeviceOfferingResult] = Api(
    "QueryPciDeviceOffering",
    "GET",
    "/pci-device/pci-device-offerings",
    params=(
        ("uuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="2.1",
    result=".models.query_pci_device_offering_result:QueryPciDeviceOfferingResult",
    query=True,
    alt_paths=("/pci-device/pci-device-offerings/{uuid}",),
)

QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING: Api[QueryPciDevicePciDeviceOfferingResult] = Api(
    "QueryPciDevicePciDeviceOffering",
    "GET",
    "/pci-devices/pci-devices/pci-device-offerings",
    params=(
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("system_tags", "user_tags"),
    since="2.1",
    result=".models.query_pci_device_pci_device_offering_result:QueryPciDevicePciDeviceOfferingResult",
    query=True,
)

QUERY_PCI_DEVICE_SPEC: Api[QueryPciDeviceSpecResult] = Api(
    "QueryPciDeviceSpec",
    "GET",
    "/pci-device-specs",
    params=(
        ("uuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.5.0",
    result=".models.query_pci_device_spec_result:QueryPciDeviceSpecResult",
    query=True,
    alt_paths=("/pci-device-specs/{uuid}",),
)

QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF: Api[QueryVmInstanceMdevDeviceSpecRefResult] = Api(
    "QueryVmInstanceMdevDeviceSpecRef",
    "GET",
    "/vm-instances/{vmInstanceUuid}/mdev-device-specs",
    params=(
        ("vmInstanceUuid", "path", "3.5.0"),
        ("mdevSpecUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("vm_instance_uuid", "mdev_spec_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="3.5.0",
    result=".models.query_vm_instance_mdev_device_spec_ref_result:QueryVmInstanceMdevDeviceSpecRefResult",
    query=True,
    alt_paths=("/vm-instances/{vmInstanceUuid}/mdev-device-specs/{mdevSpecUuid}",),
)

QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF: Api[QueryVmInstancePciDeviceSpecRefResult] = Api(
    "QueryVmInstancePciDeviceSpecRef",
    "GET",
    "/vm-instances/{vmInstanceUuid}/pci-device-specs",
    params=(
        ("vmInstanceUuid", "path", "3.5.0"),
        ("pciSpecUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("vm_instance_uuid", "pci_spec_uuid", "system_tags", "user_tags"),
    required=("vmInstanceUuid",),
    since="3.5.0",
    result=".models.query_vm_instance_pci_device_spec_ref_result:QueryVmInstancePciDeviceSpecRefResult",
    query=True,
    alt_paths=("/vm-instances/{vmInstanceUuid}/pci-device-specs/{pciSpecUuid}",),
)

REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE: Api[RemoveMdevDeviceSpecFromVmInstanceResult] = Api(
    "RemoveMdevDeviceSpecFromVmInstance",
    "DELETE",
    "/mdev-device-specs/{mdevSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("mdevSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("deleteMode", "query", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("mdev_spec_uuid", "vm_instance_uuid", "delete_mode", "system_tags", "user_tags"),
    required=("mdevSpecUuid", "vmInstanceUuid"),
    since="3.5.0",
    result=".models.remove_mdev_device_spec_from_vm_instance_result:RemoveMdevDeviceSpecFromVmInstanceResult",
)

REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE: Api[RemovePciDeviceSpecFromVmInstanceResult] = Api(
    "RemovePciDeviceSpecFromVmInstance",
    "DELETE",
    "/pci-device-specs/{pciSpecUuid}/vm-instances/{vmInstanceUuid}",
    params=(
        ("pciSpecUuid", "path", "3.5.0"),
        ("vmInstanceUuid", "path", "3.5.0"),
        ("systemTags", "query", "3.5.0"),
        ("userTags", "query", "3.5.0"),
    ),
    names=("pci_spec_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("pciSpecUuid", "vmInstanceUuid"),
    since="3.5.0",
    result=".models.remove_pci_device_spec_from_vm_instance_result:RemovePciDeviceSpecFromVmInstanceResult",
)

UNGENERATE_MDEV_DEVICES: Api[UngenerateMdevDevicesResult] = Api(
    "UngenerateMdevDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("pci_device_uuid", "system_tags", "user_tags"),
    required=("pciDeviceUuid",),
    body_key="ungenerateMdevDevices",
    since="3.5.0",
    result=".models.ungenerate_mdev_devices_result:UngenerateMdevDevicesResult",
)

UNGENERATE_SRIOV_PCI_DEVICES: Api[UngenerateSriovPciDevicesResult] = Api(
    "UngenerateSriovPciDevices",
    "PUT",
    "/pci-devices/{pciDeviceUuid}/actions",
    params=(
        ("pciDeviceUuid", "path", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("pci_device_uuid", "system_tags", "user_tags"),
    required=("pciDeviceUuid",),
    body_key="ungenerateSriovPciDevices",
    since="3.5.0",
    result=".models.ungenerate_sriov_pci_devices_result:UngenerateSriovPciDevicesResult",
)

UPDATE_HOST_IOMMU_STATE: Api[UpdateHostIommuStateResult] = Api(
    "UpdateHostIommuState",
    "PUT",
    "/pci-device/hosts/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("state", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("uuid", "state", "system_tags", "user_tags"),
    required=("uuid", "state"),
    body_key="updateHostIommuState",
    since="2.1",
    result=".models.update_host_iommu_state_result:UpdateHostIommuStateResult",
    checks=(("state", "state", "enum", ("Enabled", "Disabled")),),
)

UPDATE_MDEV_DEVICE: Api[UpdateMdevDeviceResult] = Api(
    "UpdateMdevDevice",
    "PUT",
    "/mdev-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("uuid", "description", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateMdevDevice",
    since="3.5.0",
    result=".models.update_mdev_device_result:UpdateMdevDeviceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

UPDATE_MDEV_DEVICE_SPEC: Api[UpdateMdevDeviceSpecResult] = Api(
    "UpdateMdevDeviceSpec",
    "PUT",
    "/mdev-device-specs/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=("uuid", "description", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateMdevDeviceSpec",
    since="3.5.0",
    result=".models.update_mdev_device_spec_result:UpdateMdevDeviceSpecResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

UPDATE_PCI_DEVICE: Api[UpdatePciDeviceResult] = Api(
    "UpdatePciDevice",
    "PUT",
    "/pci-device/pci-devices/{uuid}/actions",
    params=(
        ("uuid", "path", "2.1"),
        ("description", "body", "2.1"),
        ("metaData", "body", "2.1"),
        ("name", "body", None),
        ("state", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("uuid", "description", "meta_data", "name", "state", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePciDevice",
    since="2.1",
    result=".models.update_pci_device_result:UpdatePciDeviceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("metaData", "meta_data", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)

UPDATE_PCI_DEVICE_SPEC: Api[UpdatePciDeviceSpecResult] = Api(
    "UpdatePciDeviceSpec",
    "PUT",
    "/pci-device-specs/{uuid}/actions",
    params=(
        ("uuid", "path", "3.5.0"),
        ("abandonSpecRom", "body", "3.5.0"),
        ("description", "body", "3.5.0"),
        ("name", "body", "3.5.0"),
        ("romContent", "body", "3.5.0"),
        ("romVersion", "body", "3.5.0"),
        ("state", "body", "3.5.0"),
        ("systemTags", "root", "3.5.0"),
        ("userTags", "root", "3.5.0"),
    ),
    names=(
        "uuid",
        "abandon_spec_rom",
        "description",
        "name",
        "rom_content",
        "rom_version",
        "state",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updatePciDeviceSpec",
    since="3.5.0",
    result=".models.update_pci_device_spec_result:UpdatePciDeviceSpecResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("romVersion", "rom_version", "maxLength", 255),
        ("state", "state", "enum", ("Enabled", "Disabled")),
    ),
)


class PciDeviceApi(SyncNamespace):
    """pci-device: 36 APIs (AddMdevDeviceSpecToVmInstance, AddPciDeviceSpecToVmInstance, AttachMdevDeviceToVm, ...)."""

    __slots__ = ()

    def add_mdev_device_spec_to_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        mdev_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMdevDeviceSpecToVmInstanceResult:
        """将MDEV设备规格加载到云主机 (AddMdevDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            mdev_device_number: mdevDeviceNumber (since 3.5.0; minimum 1; maximum 100)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "mdevDeviceNumber": mdev_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_pci_device_spec_to_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        pci_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPciDeviceSpecToVmInstanceResult:
        """将PCI设备规格加载到云主机 (AddPciDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            pci_device_number: pciDeviceNumber (since 3.5.0; minimum 1; maximum 100)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "pciDeviceNumber": pci_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_mdev_device_to_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备绑定到云主机 (AttachMdevDeviceToVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_MDEV_DEVICE_TO_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_pci_device_to_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """绑定PCI设备到云主机 (AttachPciDeviceToVm).

        绑定PCI设备到云主机，管理员可以直接将状态为System、Active的PCI设备绑定到状态为Active、Stop的云主机。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_PCI_DEVICE_TO_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_pci_device_offering(
        self,
        *,
        device_id: str,
        vendor_id: str,
        description: str | None = None,
        name: str | None = None,
        ram_size: str | None = None,
        resource_uuid: str | None = None,
        subdevice_id: str | None = None,
        subvendor_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePciDeviceOfferingResult:
        """创建PCI设备规格 (CreatePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            device_id: 设备ID (since 2.1; maxLength 4)
            name: 资源名称 (since 2.1; maxLength 255)
            ram_size: ramSize
            resource_uuid: resourceUuid (since 2.1)
            subdevice_id: 子设备ID (since 2.1; maxLength 4)
            subvendor_id: 子供应商ID (since 2.1; maxLength 4)
            tag_uuids: tagUuids
            type: type (since 2.1)
            vendor_id: 供应商ID (since 2.1; maxLength 4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_PCI_DEVICE_OFFERING,
            {
                "description": description,
                "deviceId": device_id,
                "name": name,
                "ramSize": ram_size,
                "resourceUuid": resource_uuid,
                "subdeviceId": subdevice_id,
                "subvendorId": subvendor_id,
                "tagUuids": tag_uuids,
                "type": type,
                "vendorId": vendor_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_pci_device(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePciDeviceResult:
        """删除PCI设备 (DeletePciDevice).

        删除失效的PCI设备，只允许删除Inactive状态的PCI设备。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PCI_DEVICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_pci_device_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePciDeviceOfferingResult:
        """删除PCI设备规格 (DeletePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_PCI_DEVICE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_mdev_device_from_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachMdevDeviceFromVmResult:
        """将PCI设备切分出的MDEV设备从云主机卸载 (DetachMdevDeviceFromVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_MDEV_DEVICE_FROM_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_pci_device_from_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPciDeviceFromVmResult:
        """卸载PCI设备 (DetachPciDeviceFromVm).

        从云主机上卸载PCI设备

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: pciDeviceUuid (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_PCI_DEVICE_FROM_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        mdev_spec_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateMdevDevicesResult:
        """虚拟化切分支持VFIO_MDEV的PCI设备 (GenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 3.5.0)
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSriovPciDevicesResult:
        """虚拟化切分支持SR-IOV的PCI设备 (GenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            virt_part_num: 切分数量 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_iommu_state(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStateResult:
        """获取物理机lommu就绪状态 (GetHostIommuState).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_host_iommu_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStatusResult:
        """获取物理机lommu启用状态 (GetHostIommuStatus).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_HOST_IOMMU_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_mdev_device_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMdevDeviceCandidatesResult:
        """获取可用的MDEV设备 (GetMdevDeviceCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MDEV_DEVICE_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_mdev_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMdevDeviceSpecCandidatesResult:
        """获取可用的MDEV设备规格 (GetMdevDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_MDEV_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_pci_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        pci_spec_uuids: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取PCI设备列表 (GetPciDeviceCandidatesForAttachingVm).

        获取云主机可绑定PCI设备列表。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.1)
            types: types (since 2.1)
            pci_spec_uuids: pciSpecUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "types": types,
                "pciSpecUuids": pci_spec_uuids,
            },
            job_uuid,
        )

    def get_pci_device_candidates_for_new_create_vm(
        self,
        *,
        host_uuid: str | None = None,
        cluster_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForNewCreateVmResult:
        """获取可加载PCI设备 (GetPciDeviceCandidatesForNewCreateVm).

        为新建虚拟机获取可加载PCI设备。

        Since ZStack 2.4. Synchronous (a 202 is still followed).

        Args:
            host_uuid: 物理机UUID (since 2.4)
            cluster_uuids: clusterUuids (since 2.4)
            types: types (since 2.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM,
            {
                "hostUuid": host_uuid,
                "clusterUuids": cluster_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_pci_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceSpecCandidatesResult:
        """获取PCI设备规格候选列表 (GetPciDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_PCI_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ethernet_vf(
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
    ) -> QueryEthernetVFResult:
        """Query ethernet VF (QueryEthernetVF).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEthernetVFAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ETHERNET_VF,
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

    def query_ethernet_vf_pages(
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
        """Every result of ``query_ethernet_vf``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ETHERNET_VF,
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

    def query_mdev_device(
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
    ) -> QueryMdevDeviceResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDevice).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MDEV_DEVICE,
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

    def query_mdev_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MdevDeviceInventory]:
        """Every result of ``query_mdev_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE,
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

    def query_mdev_device_spec(
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
    ) -> QueryMdevDeviceSpecResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDeviceSpec).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_MDEV_DEVICE_SPEC,
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

    def query_mdev_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[MdevDeviceSpecInventory]:
        """Every result of ``query_mdev_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE_SPEC,
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

    def query_pci_device(
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
    ) -> QueryPciDeviceResult:
        """查询PCI设备 (QueryPciDevice).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE,
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

    def query_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceInventory]:
        """Every result of ``query_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE,
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

    def query_pci_device_offering(
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
    ) -> QueryPciDeviceOfferingResult:
        """查询PCI设备规格信息 (QueryPciDeviceOffering).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_OFFERING,
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

    def query_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_OFFERING,
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

    def query_pci_device_pci_device_offering(
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
    ) -> QueryPciDevicePciDeviceOfferingResult:
        """查询PCI设备规格匹配 (QueryPciDevicePciDeviceOffering).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    def query_pci_device_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDevicePciDeviceOfferingRefInventory]:
        """Every result of ``query_pci_device_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    def query_pci_device_spec(
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
    ) -> QueryPciDeviceSpecResult:
        """查询PCI设备规格 (QueryPciDeviceSpec).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_PCI_DEVICE_SPEC,
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

    def query_pci_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PciDeviceSpecInventory]:
        """Every result of ``query_pci_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_SPEC,
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

    def query_vm_instance_mdev_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        mdev_spec_uuid: str | None = None,
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
    ) -> QueryVmInstanceMdevDeviceSpecRefResult:
        """查询云主机与MDEV设备规格的关联关系 (QueryVmInstanceMdevDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            mdev_spec_uuid: mdevSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
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

    def query_vm_instance_mdev_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstanceMdevDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_mdev_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
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

    def query_vm_instance_pci_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        pci_spec_uuid: str | None = None,
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
    ) -> QueryVmInstancePciDeviceSpecRefResult:
        """查询云主机与PCI设备规格的关联关系 (QueryVmInstancePciDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            pci_spec_uuid: pciSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "pciSpecUuid": pci_spec_uuid,
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

    def query_vm_instance_pci_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[VmInstancePciDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_pci_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
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

    def remove_mdev_device_spec_from_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMdevDeviceSpecFromVmInstanceResult:
        """将MDEV设备规格从云主机卸载 (RemoveMdevDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_pci_device_spec_from_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemovePciDeviceSpecFromVmInstanceResult:
        """将PCI设备规格从云主机卸载 (RemovePciDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateMdevDevicesResult:
        """虚拟化还原支持VFIO_MDEV的PCI设备 (UngenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: 被切分的PCI设备UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def ungenerate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateSriovPciDevicesResult:
        """虚拟化还原支持SR-IOV的PCI设备 (UngenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UNGENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_host_iommu_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIommuStateResult:
        """更新物理机Iommu启用状态 (UpdateHostIommuState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state: state (since 2.1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_mdev_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceResult:
        """更新PCI设备切分出的MDEV设备 (UpdateMdevDevice).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            state: 设备状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MDEV_DEVICE,
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

    def update_mdev_device_spec(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceSpecResult:
        """更新MDEV设备规格 (UpdateMdevDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            state: 规格状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_MDEV_DEVICE_SPEC,
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

    def update_pci_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        meta_data: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceResult:
        """更新PCI设备 (UpdatePciDevice).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            meta_data: metaData (since 2.1; maxLength 2048)
            name: name (maxLength 255)
            state: state (since 2.1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PCI_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "metaData": meta_data,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_pci_device_spec(
        self,
        *,
        uuid: str,
        abandon_spec_rom: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        rom_content: str | None = None,
        rom_version: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceSpecResult:
        """更新PCI设备规格 (UpdatePciDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            abandon_spec_rom: 删除已有固件 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            rom_content: BASE64编码后的固件内容 (since 3.5.0)
            rom_version: 固件版本 (since 3.5.0; maxLength 255)
            state: PCI设备规格启用状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_PCI_DEVICE_SPEC,
            {
                "uuid": uuid,
                "abandonSpecRom": abandon_spec_rom,
                "description": description,
                "name": name,
                "romContent": rom_content,
                "romVersion": rom_version,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPciDeviceApi(AsyncNamespace):
    """pci-device: 36 APIs (AddMdevDeviceSpecToVmInstance, AddPciDeviceSpecToVmInstance, AttachMdevDeviceToVm, ...). (asyncio)"""

    __slots__ = ()

    async def add_mdev_device_spec_to_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        mdev_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddMdevDeviceSpecToVmInstanceResult:
        """将MDEV设备规格加载到云主机 (AddMdevDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            mdev_device_number: mdevDeviceNumber (since 3.5.0; minimum 1; maximum 100)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_MDEV_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "mdevDeviceNumber": mdev_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_pci_device_spec_to_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        pci_device_number: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddPciDeviceSpecToVmInstanceResult:
        """将PCI设备规格加载到云主机 (AddPciDeviceSpecToVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            pci_device_number: pciDeviceNumber (since 3.5.0; minimum 1; maximum 100)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_PCI_DEVICE_SPEC_TO_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "pciDeviceNumber": pci_device_number,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_mdev_device_to_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachMdevDeviceToVmResult:
        """将PCI设备切分出的MDEV设备绑定到云主机 (AttachMdevDeviceToVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_MDEV_DEVICE_TO_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_pci_device_to_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPciDeviceToVmResult:
        """绑定PCI设备到云主机 (AttachPciDeviceToVm).

        绑定PCI设备到云主机，管理员可以直接将状态为System、Active的PCI设备绑定到状态为Active、Stop的云主机。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_PCI_DEVICE_TO_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_pci_device_offering(
        self,
        *,
        device_id: str,
        vendor_id: str,
        description: str | None = None,
        name: str | None = None,
        ram_size: str | None = None,
        resource_uuid: str | None = None,
        subdevice_id: str | None = None,
        subvendor_id: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePciDeviceOfferingResult:
        """创建PCI设备规格 (CreatePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            device_id: 设备ID (since 2.1; maxLength 4)
            name: 资源名称 (since 2.1; maxLength 255)
            ram_size: ramSize
            resource_uuid: resourceUuid (since 2.1)
            subdevice_id: 子设备ID (since 2.1; maxLength 4)
            subvendor_id: 子供应商ID (since 2.1; maxLength 4)
            tag_uuids: tagUuids
            type: type (since 2.1)
            vendor_id: 供应商ID (since 2.1; maxLength 4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_PCI_DEVICE_OFFERING,
            {
                "description": description,
                "deviceId": device_id,
                "name": name,
                "ramSize": ram_size,
                "resourceUuid": resource_uuid,
                "subdeviceId": subdevice_id,
                "subvendorId": subvendor_id,
                "tagUuids": tag_uuids,
                "type": type,
                "vendorId": vendor_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_pci_device(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePciDeviceResult:
        """删除PCI设备 (DeletePciDevice).

        删除失效的PCI设备，只允许删除Inactive状态的PCI设备。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PCI_DEVICE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_pci_device_offering(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePciDeviceOfferingResult:
        """删除PCI设备规格 (DeletePciDeviceOffering).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            delete_mode: deleteMode (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_PCI_DEVICE_OFFERING,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_mdev_device_from_vm(
        self,
        *,
        mdev_device_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachMdevDeviceFromVmResult:
        """将PCI设备切分出的MDEV设备从云主机卸载 (DetachMdevDeviceFromVm).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_device_uuid: MDEV设备UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_MDEV_DEVICE_FROM_VM,
            {
                "mdevDeviceUuid": mdev_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_pci_device_from_vm(
        self,
        *,
        pci_device_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPciDeviceFromVmResult:
        """卸载PCI设备 (DetachPciDeviceFromVm).

        从云主机上卸载PCI设备

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: pciDeviceUuid (since 2.1)
            vm_instance_uuid: 云主机UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_PCI_DEVICE_FROM_VM,
            {
                "pciDeviceUuid": pci_device_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        mdev_spec_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateMdevDevicesResult:
        """虚拟化切分支持VFIO_MDEV的PCI设备 (GenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI设备UUID (since 3.5.0)
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        virt_part_num: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSriovPciDevicesResult:
        """虚拟化切分支持SR-IOV的PCI设备 (GenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            virt_part_num: 切分数量 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "virtPartNum": virt_part_num,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_iommu_state(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStateResult:
        """获取物理机lommu就绪状态 (GetHostIommuState).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_host_iommu_status(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetHostIommuStatusResult:
        """获取物理机lommu启用状态 (GetHostIommuStatus).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_HOST_IOMMU_STATUS,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_mdev_device_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMdevDeviceCandidatesResult:
        """获取可用的MDEV设备 (GetMdevDeviceCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MDEV_DEVICE_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_mdev_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetMdevDeviceSpecCandidatesResult:
        """获取可用的MDEV设备规格 (GetMdevDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_MDEV_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_pci_device_candidates_for_attaching_vm(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        pci_spec_uuids: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForAttachingVmResult:
        """获取PCI设备列表 (GetPciDeviceCandidatesForAttachingVm).

        获取云主机可绑定PCI设备列表。

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 2.1)
            types: types (since 2.1)
            pci_spec_uuids: pciSpecUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_ATTACHING_VM,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "types": types,
                "pciSpecUuids": pci_spec_uuids,
            },
            job_uuid,
        )

    async def get_pci_device_candidates_for_new_create_vm(
        self,
        *,
        host_uuid: str | None = None,
        cluster_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceCandidatesForNewCreateVmResult:
        """获取可加载PCI设备 (GetPciDeviceCandidatesForNewCreateVm).

        为新建虚拟机获取可加载PCI设备。

        Since ZStack 2.4. Synchronous (a 202 is still followed).

        Args:
            host_uuid: 物理机UUID (since 2.4)
            cluster_uuids: clusterUuids (since 2.4)
            types: types (since 2.4)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_CANDIDATES_FOR_NEW_CREATE_VM,
            {
                "hostUuid": host_uuid,
                "clusterUuids": cluster_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_pci_device_spec_candidates(
        self,
        *,
        cluster_uuids: Sequence[str] | None = None,
        host_uuid: str | None = None,
        vm_instance_uuid: str | None = None,
        vm_instance_uuids: Sequence[str] | None = None,
        types: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPciDeviceSpecCandidatesResult:
        """获取PCI设备规格候选列表 (GetPciDeviceSpecCandidates).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            cluster_uuids: 集群UUID (since 3.5.0)
            host_uuid: 物理机UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            vm_instance_uuids: 云主机UUID列表 (since 3.6.1)
            types: 设备类型 (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_PCI_DEVICE_SPEC_CANDIDATES,
            {
                "clusterUuids": cluster_uuids,
                "hostUuid": host_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "vmInstanceUuids": vm_instance_uuids,
                "types": types,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ethernet_vf(
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
    ) -> QueryEthernetVFResult:
        """Query ethernet VF (QueryEthernetVF).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryEthernetVFAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ETHERNET_VF,
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

    def query_ethernet_vf_pages(
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
        """Every result of ``query_ethernet_vf``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ETHERNET_VF,
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

    async def query_mdev_device(
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
    ) -> QueryMdevDeviceResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDevice).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MDEV_DEVICE,
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

    def query_mdev_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MdevDeviceInventory]:
        """Every result of ``query_mdev_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE,
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

    async def query_mdev_device_spec(
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
    ) -> QueryMdevDeviceSpecResult:
        """查询PCI设备切分出的MDEV设备 (QueryMdevDeviceSpec).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_MDEV_DEVICE_SPEC,
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

    def query_mdev_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[MdevDeviceSpecInventory]:
        """Every result of ``query_mdev_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_MDEV_DEVICE_SPEC,
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

    async def query_pci_device(
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
    ) -> QueryPciDeviceResult:
        """查询PCI设备 (QueryPciDevice).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE,
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

    def query_pci_device_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceInventory]:
        """Every result of ``query_pci_device``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE,
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

    async def query_pci_device_offering(
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
    ) -> QueryPciDeviceOfferingResult:
        """查询PCI设备规格信息 (QueryPciDeviceOffering).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_OFFERING,
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

    def query_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceOfferingInventory]:
        """Every result of ``query_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_OFFERING,
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

    async def query_pci_device_pci_device_offering(
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
    ) -> QueryPciDevicePciDeviceOfferingResult:
        """查询PCI设备规格匹配 (QueryPciDevicePciDeviceOffering).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    def query_pci_device_pci_device_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDevicePciDeviceOfferingRefInventory]:
        """Every result of ``query_pci_device_pci_device_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_PCI_DEVICE_OFFERING,
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

    async def query_pci_device_spec(
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
    ) -> QueryPciDeviceSpecResult:
        """查询PCI设备规格 (QueryPciDeviceSpec).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_PCI_DEVICE_SPEC,
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

    def query_pci_device_spec_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PciDeviceSpecInventory]:
        """Every result of ``query_pci_device_spec``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_PCI_DEVICE_SPEC,
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

    async def query_vm_instance_mdev_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        mdev_spec_uuid: str | None = None,
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
    ) -> QueryVmInstanceMdevDeviceSpecRefResult:
        """查询云主机与MDEV设备规格的关联关系 (QueryVmInstanceMdevDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            mdev_spec_uuid: mdevSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "mdevSpecUuid": mdev_spec_uuid,
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

    def query_vm_instance_mdev_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstanceMdevDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_mdev_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_MDEV_DEVICE_SPEC_REF,
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

    async def query_vm_instance_pci_device_spec_ref(
        self,
        *,
        vm_instance_uuid: str,
        pci_spec_uuid: str | None = None,
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
    ) -> QueryVmInstancePciDeviceSpecRefResult:
        """查询云主机与PCI设备规格的关联关系 (QueryVmInstancePciDeviceSpecRef).

        Since ZStack 3.5.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: vmInstanceUuid (since 3.5.0)
            pci_spec_uuid: pciSpecUuid (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "pciSpecUuid": pci_spec_uuid,
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

    def query_vm_instance_pci_device_spec_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[VmInstancePciDeviceSpecRefInventory]:
        """Every result of ``query_vm_instance_pci_device_spec_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_VM_INSTANCE_PCI_DEVICE_SPEC_REF,
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

    async def remove_mdev_device_spec_from_vm_instance(
        self,
        *,
        mdev_spec_uuid: str,
        vm_instance_uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveMdevDeviceSpecFromVmInstanceResult:
        """将MDEV设备规格从云主机卸载 (RemoveMdevDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            mdev_spec_uuid: MDEV设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            delete_mode: 删除模式(Permissive 或者 Enforcing，默认 Permissive) (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_MDEV_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "mdevSpecUuid": mdev_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_pci_device_spec_from_vm_instance(
        self,
        *,
        pci_spec_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemovePciDeviceSpecFromVmInstanceResult:
        """将PCI设备规格从云主机卸载 (RemovePciDeviceSpecFromVmInstance).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_spec_uuid: PCI设备规格UUID (since 3.5.0)
            vm_instance_uuid: 云主机UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_PCI_DEVICE_SPEC_FROM_VM_INSTANCE,
            {
                "pciSpecUuid": pci_spec_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_mdev_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateMdevDevicesResult:
        """虚拟化还原支持VFIO_MDEV的PCI设备 (UngenerateMdevDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: 被切分的PCI设备UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_MDEV_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def ungenerate_sriov_pci_devices(
        self,
        *,
        pci_device_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UngenerateSriovPciDevicesResult:
        """虚拟化还原支持SR-IOV的PCI设备 (UngenerateSriovPciDevices).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            pci_device_uuid: PCI UUID (since 3.5.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UNGENERATE_SRIOV_PCI_DEVICES,
            {
                "pciDeviceUuid": pci_device_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_host_iommu_state(
        self,
        *,
        uuid: str,
        state: Literal["Enabled", "Disabled"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateHostIommuStateResult:
        """更新物理机Iommu启用状态 (UpdateHostIommuState).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            state: state (since 2.1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_HOST_IOMMU_STATE,
            {
                "uuid": uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_mdev_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceResult:
        """更新PCI设备切分出的MDEV设备 (UpdateMdevDevice).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            state: 设备状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MDEV_DEVICE,
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

    async def update_mdev_device_spec(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateMdevDeviceSpecResult:
        """更新MDEV设备规格 (UpdateMdevDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            state: 规格状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_MDEV_DEVICE_SPEC,
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

    async def update_pci_device(
        self,
        *,
        uuid: str,
        description: str | None = None,
        meta_data: str | None = None,
        name: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceResult:
        """更新PCI设备 (UpdatePciDevice).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.1)
            description: 资源的详细描述 (since 2.1; maxLength 2048)
            meta_data: metaData (since 2.1; maxLength 2048)
            name: name (maxLength 255)
            state: state (since 2.1; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PCI_DEVICE,
            {
                "uuid": uuid,
                "description": description,
                "metaData": meta_data,
                "name": name,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_pci_device_spec(
        self,
        *,
        uuid: str,
        abandon_spec_rom: bool | None = None,
        description: str | None = None,
        name: str | None = None,
        rom_content: str | None = None,
        rom_version: str | None = None,
        state: Literal["Enabled", "Disabled"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePciDeviceSpecResult:
        """更新PCI设备规格 (UpdatePciDeviceSpec).

        Since ZStack 3.5.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.5.0)
            abandon_spec_rom: 删除已有固件 (since 3.5.0)
            description: 资源的详细描述 (since 3.5.0; maxLength 2048)
            name: 资源名称 (since 3.5.0; maxLength 255)
            rom_content: BASE64编码后的固件内容 (since 3.5.0)
            rom_version: 固件版本 (since 3.5.0; maxLength 255)
            state: PCI设备规格启用状态 (since 3.5.0; enum {'Enabled', 'Disabled'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_PCI_DEVICE_SPEC,
            {
                "uuid": uuid,
                "abandonSpecRom": abandon_spec_rom,
                "description": description,
                "name": name,
                "romContent": rom_content,
                "romVersion": rom_version,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

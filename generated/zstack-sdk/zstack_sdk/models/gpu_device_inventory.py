"""Result models: GpuDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .pci_device_mdev_spec_ref_inventory import PciDeviceMdevSpecRefInventory
from .pci_device_meta_data import PciDeviceMetaData
from .pci_device_pci_device_offering_ref_inventory import PciDevicePciDeviceOfferingRefInventory

__all__ = [
    "GpuDeviceInventory",
]


class GpuDeviceInventory(ZStackModel):
    """ZStack's `GpuDeviceInventory`."""

    chooser: Literal["None", "Device", "Spec"] | str | None = None
    """详情参考chooser (since 5.1.8)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.8)"""

    description: str | None = None
    """资源的详细描述 (since 5.1.8)"""

    device: str | None = None
    """device (since 5.1.8)"""

    device_id: str | None = None
    """deviceId (since 5.1.8)"""

    host_uuid: str | None = None
    """物理机UUID (since 5.1.8)"""

    iommu_group: str | None = None
    """iommuGroup (since 5.1.8)"""

    is_driver_loaded: bool | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.8)"""

    matched_pci_device_offering_ref: list[PciDevicePciDeviceOfferingRefInventory] | None = None
    """详情参考matchedPciDeviceOfferingRef (since 5.1.8)"""

    mdev_spec_refs: list[PciDeviceMdevSpecRefInventory] | None = None
    """详情参考mdevSpecRefs (since 5.1.8)"""

    memory: int | None = None
    """显存 (since 5.1.8)"""

    meta_data: PciDeviceMetaData | None = None
    """详情参考metaData (since 5.1.8)"""

    name: str | None = None
    """资源名称 (since 5.1.8)"""

    parent_uuid: str | None = None
    """parentUuid (since 5.1.8)"""

    pci_device_address: str | None = None
    """pciDeviceAddress (since 5.1.8)"""

    pci_spec_uuid: str | None = None
    """pciSpecUuid (since 5.1.8)"""

    power: int | None = None
    """能耗 (since 5.1.8)"""

    rev: str | None = None

    serial_number: str | None = None
    """序列号 (since 5.1.8)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 5.1.8)"""

    status: Literal["Active", "System", "Attached", "Reserved"] | str | None = None
    """详情参考status (since 5.1.8)"""

    subdevice_id: str | None = None
    """subdeviceId (since 5.1.8)"""

    subvendor_id: str | None = None
    """subvendorId (since 5.1.8)"""

    type: (
        Literal[
            "GPU_Video_Controller",
            "GPU_Audio_Controller",
            "GPU_USB_Controller",
            "GPU_Serial_Controller",
            "GPU_3D_Controller",
            "GPU_Processing_Accelerators",
            "Ethernet_Controller",
            "Audio_Controller",
            "USB_Controller",
            "Serial_Controller",
            "Moxa_Device",
            "PCI_Bridge",
            "Host_Bridge",
            "Generic",
            "Custom",
        ]
        | str
        | None
    ) = None
    """详情参考type (since 5.1.8)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.8)"""

    vendor: str | None = None
    """vendor (since 5.1.8)"""

    vendor_id: str | None = None
    """vendorId (since 5.1.8)"""

    virt_status: (
        Literal[
            "UNVIRTUALIZABLE",
            "SRIOV_VIRTUALIZABLE",
            "VFIO_MDEV_VIRTUALIZABLE",
            "SRIOV_VIRTUALIZED",
            "VFIO_MDEV_VIRTUALIZED",
            "SRIOV_VIRTUAL",
            "VIRTUALIZED_BYPASS_ZSTACK",
            "UNKNOWN",
        ]
        | str
        | None
    ) = None
    """详情参考virStatus (since 5.1.8)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.1.8)"""

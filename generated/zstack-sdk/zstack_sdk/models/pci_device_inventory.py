"""Result models: PciDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .pci_device_mdev_spec_ref_inventory import PciDeviceMdevSpecRefInventory
from .pci_device_meta_data import PciDeviceMetaData
from .pci_device_pci_device_offering_ref_inventory import PciDevicePciDeviceOfferingRefInventory

__all__ = [
    "PciDeviceInventory",
]


class PciDeviceInventory(ZStackModel):
    """ZStack's `PciDeviceInventory`."""

    chooser: Literal["None", "Device", "Spec"] | str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    device: str | None = None

    device_id: str | None = None
    """设备ID (since 2.1)"""

    host_uuid: str | None = None
    """物理机UUID (since 2.1)"""

    iommu_group: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    matched_pci_device_offering_ref: list[PciDevicePciDeviceOfferingRefInventory] | None = None
    """详情参考matchedPciDeviceOfferingRef (since 2.1)"""

    mdev_spec_refs: list[PciDeviceMdevSpecRefInventory] | None = None
    """详情参考mdevSpecRefs (since 3.5.0)"""

    meta_data: PciDeviceMetaData | None = None
    """详情参考metaData (since 2.1)"""

    name: str | None = None
    """资源名称 (since 3.5.0)"""

    parent_uuid: str | None = None
    """物理PCI设备UUID (since 3.5.0)"""

    pci_device_address: str | None = None
    """PCI设备地址 (since 2.1)"""

    pci_spec_uuid: str | None = None
    """PCI设备规格UUID (since 3.5.0)"""

    rev: str | None = None

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 2.1)"""

    status: Literal["Active", "System", "Attached", "Reserved"] | str | None = None
    """详情参考status (since 2.1)"""

    subdevice_id: str | None = None
    """子设备ID (since 2.1)"""

    subvendor_id: str | None = None
    """子供应商ID (since 2.1)"""

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
    """详情参考type (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""

    vendor: str | None = None

    vendor_id: str | None = None
    """供应商ID (since 2.1)"""

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
    """详情参考virtStatus (since 3.5.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 2.1)"""

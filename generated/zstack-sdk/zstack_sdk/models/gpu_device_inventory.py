"""Result models: GpuDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .mdev_spec_ref import MdevSpecRef
from .pci_device_chooser import PciDeviceChooser
from .pci_device_meta_data import PciDeviceMetaData
from .pci_device_pci_device_offering_inventory import PciDevicePciDeviceOfferingInventory
from .pci_device_state import PciDeviceState
from .pci_device_status import PciDeviceStatus
from .pci_device_type import PciDeviceType
from .pci_device_virt_status import PciDeviceVirtStatus

__all__ = [
    "GpuDeviceInventory",
]


class GpuDeviceInventory(ZStackModel):
    """The ``GpuDeviceInventory`` structure."""

    chooser: PciDeviceChooser | None = None
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

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.8)"""

    matched_pci_device_offering_ref: list[PciDevicePciDeviceOfferingInventory] | None = None
    """详情参考matchedPciDeviceOfferingRef (since 5.1.8)"""

    mdev_spec_refs: list[MdevSpecRef] | None = None
    """详情参考mdevSpecRefs (since 5.1.8)"""

    memory: str | None = None
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

    power: str | None = None
    """能耗 (since 5.1.8)"""

    serial_number: str | None = None
    """序列号 (since 5.1.8)"""

    state: PciDeviceState | None = None
    """详情参考state (since 5.1.8)"""

    status: PciDeviceStatus | None = None
    """详情参考status (since 5.1.8)"""

    subdevice_id: str | None = None
    """subdeviceId (since 5.1.8)"""

    subvendor_id: str | None = None
    """subvendorId (since 5.1.8)"""

    type: PciDeviceType | None = None
    """详情参考type (since 5.1.8)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.8)"""

    vendor: str | None = None
    """vendor (since 5.1.8)"""

    vendor_id: str | None = None
    """vendorId (since 5.1.8)"""

    virt_status: PciDeviceVirtStatus | None = None
    """详情参考virStatus (since 5.1.8)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.1.8)"""

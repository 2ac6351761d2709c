"""Result models: PciDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .mdev_spec_ref import MdevSpecRef
from .pci_device_meta_data import PciDeviceMetaData
from .pci_device_pci_device_offering_inventory import PciDevicePciDeviceOfferingInventory
from .pci_device_state import PciDeviceState
from .pci_device_status import PciDeviceStatus
from .pci_device_type import PciDeviceType
from .pci_device_virt_status import PciDeviceVirtStatus

__all__ = [
    "PciDeviceInventory",
]


class PciDeviceInventory(ZStackModel):
    """The ``PciDeviceInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    device_id: str | None = None
    """设备ID (since 2.1)"""

    host_uuid: str | None = None
    """物理机UUID (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    matched_pci_device_offering_ref: list[PciDevicePciDeviceOfferingInventory] | None = None
    """详情参考matchedPciDeviceOfferingRef (since 2.1)"""

    mdev_spec_refs: list[MdevSpecRef] | None = None
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

    state: PciDeviceState | None = None
    """详情参考state (since 2.1)"""

    status: PciDeviceStatus | None = None
    """详情参考status (since 2.1)"""

    subdevice_id: str | None = None
    """子设备ID (since 2.1)"""

    subvendor_id: str | None = None
    """子供应商ID (since 2.1)"""

    type: PciDeviceType | None = None
    """详情参考type (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""

    vendor_id: str | None = None
    """供应商ID (since 2.1)"""

    virt_status: PciDeviceVirtStatus | None = None
    """详情参考virtStatus (since 3.5.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 2.1)"""

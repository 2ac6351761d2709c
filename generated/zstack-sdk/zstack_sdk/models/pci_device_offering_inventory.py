"""Result models: PciDeviceOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .attached_instance_offering import AttachedInstanceOffering
from .pci_device_offering_type import PciDeviceOfferingType
from .pci_device_pci_device_offering_inventory import PciDevicePciDeviceOfferingInventory

__all__ = [
    "PciDeviceOfferingInventory",
]


class PciDeviceOfferingInventory(ZStackModel):
    """The ``PciDeviceOfferingInventory`` structure."""

    attached_instance_offerings: list[AttachedInstanceOffering] | None = None
    """详情参考attachedInstanceOfferings (since 2.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    device_id: str | None = None
    """deviceId (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    matched_pci_devices: list[PciDevicePciDeviceOfferingInventory] | None = None
    """详情参考matchedPciDevices (since 2.1)"""

    name: str | None = None
    """资源名称 (since 2.1)"""

    pci_device_offering_uuid: str | None = None
    """pciDeviceOfferingUuid (since 2.4)"""

    price_uuid: str | None = None
    """priceUuid (since 2.4)"""

    subdevice_id: str | None = None
    """subdeviceId (since 2.1)"""

    subvendor_id: str | None = None
    """subvendorId (since 2.1)"""

    type: PciDeviceOfferingType | None = None
    """详情参考type (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""

    vendor_id: str | None = None
    """vendorId (since 2.1)"""

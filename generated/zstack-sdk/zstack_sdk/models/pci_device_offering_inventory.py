"""Result models: PciDeviceOfferingInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .pci_device_offering_instance_offering_ref_inventory import (
    PciDeviceOfferingInstanceOfferingRefInventory,
)
from .pci_device_pci_device_offering_ref_inventory import PciDevicePciDeviceOfferingRefInventory

__all__ = [
    "PciDeviceOfferingInventory",
]


class PciDeviceOfferingInventory(ZStackModel):
    """ZStack's `PciDeviceOfferingInventory`."""

    attached_instance_offerings: list[PciDeviceOfferingInstanceOfferingRefInventory] | None = None
    """详情参考attachedInstanceOfferings (since 2.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    device_id: str | None = None
    """deviceId (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    matched_pci_devices: list[PciDevicePciDeviceOfferingRefInventory] | None = None
    """详情参考matchedPciDevices (since 2.1)"""

    name: str | None = None
    """资源名称 (since 2.1)"""

    ram_size: str | None = None

    subdevice_id: str | None = None
    """subdeviceId (since 2.1)"""

    subvendor_id: str | None = None
    """subvendorId (since 2.1)"""

    type: Literal["GPU_Video", "GPU_Audio", "Generic"] | str | None = None
    """详情参考type (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""

    vendor_id: str | None = None
    """vendorId (since 2.1)"""

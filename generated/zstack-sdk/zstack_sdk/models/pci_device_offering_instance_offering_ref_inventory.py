"""Result models: PciDeviceOfferingInstanceOfferingRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .pci_device_meta_data import PciDeviceMetaData

__all__ = [
    "PciDeviceOfferingInstanceOfferingRefInventory",
]


class PciDeviceOfferingInstanceOfferingRefInventory(ZStackModel):
    """ZStack's `PciDeviceOfferingInstanceOfferingRefInventory`."""

    id: int | None = None
    """id (since 2.1)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 2.1)"""

    metadata: PciDeviceMetaData | None = None
    """详情参考metadata (since 2.1)"""

    pci_device_count: int | None = None
    """pciDeviceCount (since 2.1)"""

    pci_device_offering_uuid: str | None = None
    """pciDeviceOfferingUuid (since 2.1)"""

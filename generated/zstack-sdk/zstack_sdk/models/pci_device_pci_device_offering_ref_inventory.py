"""Result models: PciDevicePciDeviceOfferingRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "PciDevicePciDeviceOfferingRefInventory",
]


class PciDevicePciDeviceOfferingRefInventory(ZStackModel):
    """ZStack's `PciDevicePciDeviceOfferingRefInventory`."""

    pci_device_offering_uuid: str | None = None
    """pciDeviceOfferingUuid (since 2.1)"""

    pci_device_uuid: str | None = None
    """pciDeviceUuid (since 2.1)"""

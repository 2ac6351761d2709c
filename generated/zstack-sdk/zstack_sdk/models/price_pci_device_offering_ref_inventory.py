"""Result models: PricePciDeviceOfferingRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PricePciDeviceOfferingRefInventory",
]


class PricePciDeviceOfferingRefInventory(ZStackModel):
    """ZStack's `PricePciDeviceOfferingRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.4)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.4)"""

    pci_device_offering_uuid: str | None = None
    """pciDeviceOfferingUuid (since 2.4)"""

    price_uuid: str | None = None
    """priceUuid (since 2.4)"""

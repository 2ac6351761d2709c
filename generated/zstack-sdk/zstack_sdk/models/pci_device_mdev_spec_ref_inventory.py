"""Result models: PciDeviceMdevSpecRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PciDeviceMdevSpecRefInventory",
]


class PciDeviceMdevSpecRefInventory(ZStackModel):
    """ZStack's `PciDeviceMdevSpecRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    effective: bool | None = None
    """当前MDEV规格是否被用于切分该PCI设备 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    mdev_spec_uuid: str | None = None
    """MDEV设备规格UUID (since 3.5.0)"""

    pci_device_uuid: str | None = None
    """PCI设备UUID (since 3.5.0)"""

"""Result models: PriceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .price_pci_device_offering_ref_inventory import PricePciDeviceOfferingRefInventory

__all__ = [
    "PriceInventory",
]


class PriceInventory(ZStackModel):
    """ZStack's `PriceInventory`."""

    bare_metal2_vm_offerings: list[Any] | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    date_in_long: int | None = None
    """以长整型记录的时刻 (since 0.6)"""

    end_date_in_long: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    pci_device_offerings: list[PricePciDeviceOfferingRefInventory] | None = None
    """详情参考pciDeviceOfferings (since 2.4)"""

    price: float | None = None
    """价格 (since 0.6)"""

    resource_name: str | None = None
    """资源名称 (since 0.6)"""

    resource_unit: str | None = None
    """资源计费单元 (since 0.6)"""

    table_uuid: str | None = None
    """价目表UUID (since 3.7.1)"""

    time_unit: str | None = None
    """计费时间单元 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

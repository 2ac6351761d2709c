"""Result models: ResourcePriceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .pci_device_offering_inventory import PciDeviceOfferingInventory

__all__ = [
    "ResourcePriceInventory",
]


class ResourcePriceInventory(ZStackModel):
    """The ``ResourcePriceInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    date_in_long: int | None = None
    """以长整型记录的时刻 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    pci_device_offerings: list[PciDeviceOfferingInventory] | None = None
    """详情参考pciDeviceOfferings (since 2.4)"""

    price: float | None = None
    """价格 (since 0.6)"""

    resource_name: str | None = None
    """资源名称 (since 0.6)"""

    resource_unit: str | None = None
    """资源计费单元 (since 0.6)"""

    tableuuid: str | None = None
    """价目表UUID (since 3.7.2)"""

    time_unit: str | None = None
    """计费时间单元 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

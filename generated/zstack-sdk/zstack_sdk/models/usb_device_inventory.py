"""Result models: UsbDeviceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "UsbDeviceInventory",
]


class UsbDeviceInventory(ZStackModel):
    """ZStack's `UsbDeviceInventory`."""

    attach_type: str | None = None
    """加载方式 (since 3.5.0)"""

    bus_num: str | None = None
    """总线号 (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.2)"""

    dev_num: str | None = None
    """设备号 (since 2.2)"""

    host_uuid: str | None = None
    """物理机UUID (since 2.2)"""

    i_manufacturer: str | None = None
    """生产商 (since 2.2)"""

    i_product: str | None = None
    """设备类型 (since 2.2)"""

    i_serial: str | None = None
    """序列号 (since 2.2)"""

    id_product: str | None = None
    """ProductID (since 2.2)"""

    id_vendor: str | None = None
    """VendorID (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    name: str | None = None
    """资源名称 (since 2.2)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 2.2)"""

    usb_version: str | None = None
    """USB版本 (since 2.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 2.2)"""

"""Result models: QueryUsbDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .usb_device_inventory import UsbDeviceInventory

__all__ = [
    "QueryUsbDeviceResult",
]


class QueryUsbDeviceResult(ZStackModel):
    """The result of QueryUsbDevice (ZStack's `QueryUsbDeviceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[UsbDeviceInventory] | None = None
    """详情参inventories (since 2.2)"""

    total: int | None = None

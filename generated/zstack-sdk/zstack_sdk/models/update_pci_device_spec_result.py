"""Result models: UpdatePciDeviceSpecResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pci_device_spec_inventory import PciDeviceSpecInventory

__all__ = [
    "UpdatePciDeviceSpecResult",
]


class UpdatePciDeviceSpecResult(ZStackModel):
    """The result of UpdatePciDeviceSpec (ZStack's `UpdatePciDeviceSpecResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventory: PciDeviceSpecInventory | None = None
    """详情参考inventory (since 3.5.0)"""

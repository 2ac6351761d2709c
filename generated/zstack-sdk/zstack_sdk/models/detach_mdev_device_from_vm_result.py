"""Result models: DetachMdevDeviceFromVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .mdev_device_inventory import MdevDeviceInventory

__all__ = [
    "DetachMdevDeviceFromVmResult",
]


class DetachMdevDeviceFromVmResult(ZStackModel):
    """The result of DetachMdevDeviceFromVm (ZStack's `DetachMdevDeviceFromVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventory: MdevDeviceInventory | None = None
    """详情参考inventory (since 3.5.0)"""

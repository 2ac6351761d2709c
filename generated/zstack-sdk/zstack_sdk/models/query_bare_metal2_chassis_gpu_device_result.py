"""Result models: QueryBareMetal2ChassisGpuDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_gpu_device_inventory import BareMetal2ChassisGpuDeviceInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2ChassisGpuDeviceResult",
]


class QueryBareMetal2ChassisGpuDeviceResult(ZStackModel):
    """The result of QueryBareMetal2ChassisGpuDevice (ZStack's `QueryBareMetal2ChassisGpuDeviceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.8)"""

    inventories: list[BareMetal2ChassisGpuDeviceInventory] | None = None
    """详情参考inventories (since 5.1.8)"""

    success: bool | None = None
    """success (since 5.1.8)"""

    total: int | None = None

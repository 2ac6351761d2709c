"""Result models: QueryGpuDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .gpu_device_inventory import GpuDeviceInventory

__all__ = [
    "QueryGpuDeviceResult",
]


class QueryGpuDeviceResult(ZStackModel):
    """The result of QueryGpuDevice (ZStack's `QueryGpuDeviceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.8)"""

    inventories: list[GpuDeviceInventory] | None = None
    """详情参考inventories (since 5.1.8)"""

    success: bool | None = None
    """success (since 5.1.8)"""

    total: int | None = None

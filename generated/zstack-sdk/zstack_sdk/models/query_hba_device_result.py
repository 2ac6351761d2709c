"""Result models: QueryHBADeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hba_device_inventory import HBADeviceInventory

__all__ = [
    "QueryHBADeviceResult",
]


class QueryHBADeviceResult(ZStackModel):
    """The result of QueryHBADevice."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.0)"""

    inventories: list[HBADeviceInventory] | None = None
    """详情参考inventories (since 5.3.0)"""

    success: bool | None = None
    """success (since 5.3.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""

"""Result models: AddReservedIpRangeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .reserved_ip_range_inventory import ReservedIpRangeInventory

__all__ = [
    "AddReservedIpRangeResult",
]


class AddReservedIpRangeResult(ZStackModel):
    """The result of AddReservedIpRange (ZStack's `AddReservedIpRangeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.0)"""

    inventory: ReservedIpRangeInventory | None = None
    """详情参考inventory (since 5.1.0)"""

    success: bool | None = None
    """success (since 5.1.0)"""

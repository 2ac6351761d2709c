"""Result models: UpdateBareMetal2IpmiChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_inventory import BareMetal2ChassisInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBareMetal2IpmiChassisResult",
]


class UpdateBareMetal2IpmiChassisResult(ZStackModel):
    """The result of UpdateBareMetal2IpmiChassis (ZStack's `UpdateBareMetal2ChassisResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2ChassisInventory | None = None
    """详情参考inventory (since 4.0.0)"""

    success: bool | None = None
    """success (since 4.3.6)"""

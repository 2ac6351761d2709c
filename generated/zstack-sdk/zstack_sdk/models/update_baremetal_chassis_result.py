"""Result models: UpdateBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_chassis_inventory import BaremetalChassisInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBaremetalChassisResult",
]


class UpdateBaremetalChassisResult(ZStackModel):
    """The result of UpdateBaremetalChassis (ZStack's `UpdateBaremetalChassisResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: BaremetalChassisInventory | None = None
    """详情参考inventory (since 2.6.0)"""

"""Result models: InspectBareMetal2ChassisByInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_inventory import BareMetal2ChassisInventory
from .error_code import ErrorCode

__all__ = [
    "InspectBareMetal2ChassisByInstanceResult",
]


class InspectBareMetal2ChassisByInstanceResult(ZStackModel):
    """The result of InspectBareMetal2ChassisByInstance (ZStack's `InspectBareMetal2ChassisByInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.2.0)"""

    inventory: BareMetal2ChassisInventory | None = None
    """详情参考inventory (since 5.2.0)"""

    success: bool | None = None
    """success (since 5.2.0)"""

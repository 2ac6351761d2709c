"""Result models: UpdateBareMetal2ChassisOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_offering_inventory import BareMetal2ChassisOfferingInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBareMetal2ChassisOfferingResult",
]


class UpdateBareMetal2ChassisOfferingResult(ZStackModel):
    """The result of UpdateBareMetal2ChassisOffering (ZStack's `UpdateBareMetal2ChassisOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2ChassisOfferingInventory | None = None
    """详情参考inventory (since 4.0.0)"""

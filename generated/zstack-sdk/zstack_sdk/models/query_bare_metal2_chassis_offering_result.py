"""Result models: QueryBareMetal2ChassisOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_offering_inventory import BareMetal2ChassisOfferingInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2ChassisOfferingResult",
]


class QueryBareMetal2ChassisOfferingResult(ZStackModel):
    """The result of QueryBareMetal2ChassisOffering (ZStack's `QueryBareMetal2ChassisOfferingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[BareMetal2ChassisOfferingInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None

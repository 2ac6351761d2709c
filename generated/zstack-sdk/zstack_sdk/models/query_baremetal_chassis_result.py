"""Result models: QueryBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_chassis_inventory import BaremetalChassisInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBaremetalChassisResult",
]


class QueryBaremetalChassisResult(ZStackModel):
    """The result of QueryBaremetalChassis (ZStack's `QueryBaremetalChassisResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventories: list[BaremetalChassisInventory] | None = None
    """详情参考inventories (since 2.6.0)"""

    total: int | None = None

"""Result models: QueryBaremetalBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_bonding_inventory import BaremetalBondingInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBaremetalBondingResult",
]


class QueryBaremetalBondingResult(ZStackModel):
    """The result of QueryBaremetalBonding (ZStack's `QueryBaremetalBondingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventories: list[BaremetalBondingInventory] | None = None
    """详情参考inventories (since 3.4.0)"""

    total: int | None = None

"""Result models: QueryBareMetal2BondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_bonding_inventory import BareMetal2BondingInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2BondingResult",
]


class QueryBareMetal2BondingResult(ZStackModel):
    """The result of QueryBareMetal2Bonding (ZStack's `QueryBareMetal2BondingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.24)"""

    inventories: list[BareMetal2BondingInventory] | None = None
    """详情参考inventories (since 4.4.24)"""

    success: bool | None = None
    """success (since 4.4.24)"""

    total: int | None = None

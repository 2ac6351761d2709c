"""Result models: QueryBareMetal2BondingNicRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_bonding_nic_ref_inventory import BareMetal2BondingNicRefInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2BondingNicRefResult",
]


class QueryBareMetal2BondingNicRefResult(ZStackModel):
    """The ``QueryBareMetal2BondingNicRefResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.24)"""

    inventories: list[BareMetal2BondingNicRefInventory] | None = None
    """详情参考inventories (since 4.4.24)"""

    success: bool | None = None
    """success (since 4.4.24)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""

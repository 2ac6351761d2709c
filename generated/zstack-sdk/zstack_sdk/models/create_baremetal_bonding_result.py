"""Result models: CreateBaremetalBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_bonding_inventory import BaremetalBondingInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBaremetalBondingResult",
]


class CreateBaremetalBondingResult(ZStackModel):
    """The result of CreateBaremetalBonding (ZStack's `CreateBaremetalBondingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.3.0)"""

    inventory: BaremetalBondingInventory | None = None
    """详情参考inventory (since 3.3.0)"""

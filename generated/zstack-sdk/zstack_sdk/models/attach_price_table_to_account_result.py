"""Result models: AttachPriceTableToAccountResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .price_table_inventory import PriceTableInventory

__all__ = [
    "AttachPriceTableToAccountResult",
]


class AttachPriceTableToAccountResult(ZStackModel):
    """The result of AttachPriceTableToAccount (ZStack's `AttachPriceTableToAccountResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.2)"""

    inventory: PriceTableInventory | None = None
    """详情参考inventory (since 3.7.2)"""

    success: bool | None = None
    """success (since 4.7.0)"""

"""Result models: QueryPriceTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .price_table_inventory import PriceTableInventory

__all__ = [
    "QueryPriceTableResult",
]


class QueryPriceTableResult(ZStackModel):
    """The result of QueryPriceTable (ZStack's `QueryPriceTableRelyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.2)"""

    inventories: list[PriceTableInventory] | None = None
    """详情参考inventories (since 3.7.2)"""

    total: int | None = None

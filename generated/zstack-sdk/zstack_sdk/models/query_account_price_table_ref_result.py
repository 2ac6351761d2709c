"""Result models: QueryAccountPriceTableRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .account_price_table_ref_inventory import AccountPriceTableRefInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAccountPriceTableRefResult",
]


class QueryAccountPriceTableRefResult(ZStackModel):
    """The result of QueryAccountPriceTableRef (ZStack's `QueryAccountPriceTableRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.2)"""

    inventories: list[AccountPriceTableRefInventory] | None = None
    """详情参考inventories (since 3.7.2)"""

    total: int | None = None

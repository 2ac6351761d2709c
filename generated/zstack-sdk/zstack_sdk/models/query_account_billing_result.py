"""Result models: QueryAccountBillingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .billing_inventory import BillingInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAccountBillingResult",
]


class QueryAccountBillingResult(ZStackModel):
    """The result of QueryAccountBilling (ZStack's `QueryAccountBillingResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[BillingInventory] | None = None
    """详情参考inventories (since 3.7.0)"""

    total: int | None = None

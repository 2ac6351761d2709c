"""Result models: QueryVipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vip_inventory import VipInventory

__all__ = [
    "QueryVipResult",
]


class QueryVipResult(ZStackModel):
    """The result of QueryVip (ZStack's `QueryVipResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VipInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None

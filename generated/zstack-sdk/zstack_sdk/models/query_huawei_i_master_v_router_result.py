"""Result models: QueryHuaweiIMasterVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .huawei_i_master_v_router_inventory import HuaweiIMasterVRouterInventory

__all__ = [
    "QueryHuaweiIMasterVRouterResult",
]


class QueryHuaweiIMasterVRouterResult(ZStackModel):
    """The result of QueryHuaweiIMasterVRouter."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.4.0)"""

    inventories: list[HuaweiIMasterVRouterInventory] | None = None
    """详情参考inventories (since 5.4.0)"""

    success: bool | None = None
    """success (since 5.4.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""

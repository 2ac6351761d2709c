"""Result models: QueryVRouterOspfAreaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .router_area_inventory import RouterAreaInventory

__all__ = [
    "QueryVRouterOspfAreaResult",
]


class QueryVRouterOspfAreaResult(ZStackModel):
    """The result of QueryVRouterOspfArea (ZStack's `QueryVRouterOspfAreaResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventories: list[RouterAreaInventory] | None = None
    """详情参考inventories (since 3.4.0)"""

    total: int | None = None

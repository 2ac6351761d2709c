"""Result models: QueryPolicyRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_table_inventory import PolicyRouteTableInventory

__all__ = [
    "QueryPolicyRouteTableResult",
]


class QueryPolicyRouteTableResult(ZStackModel):
    """The result of QueryPolicyRouteTable (ZStack's `QueryPolicyRouteTableResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[PolicyRouteTableInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None

"""Result models: QueryPolicyRouteTableRouteEntryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_table_route_entry_inventory import PolicyRouteTableRouteEntryInventory

__all__ = [
    "QueryPolicyRouteTableRouteEntryResult",
]


class QueryPolicyRouteTableRouteEntryResult(ZStackModel):
    """The result of QueryPolicyRouteTableRouteEntry (ZStack's `QueryPolicyRouteTableRouteEntryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[PolicyRouteTableRouteEntryInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None

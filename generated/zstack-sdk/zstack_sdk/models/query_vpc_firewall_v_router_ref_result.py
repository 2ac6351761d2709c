"""Result models: QueryVpcFirewallVRouterRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_v_router_ref_inventory import VpcFirewallVRouterRefInventory

__all__ = [
    "QueryVpcFirewallVRouterRefResult",
]


class QueryVpcFirewallVRouterRefResult(ZStackModel):
    """The result of QueryVpcFirewallVRouterRef (ZStack's `QueryVpcFirewallVRouterRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[VpcFirewallVRouterRefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None

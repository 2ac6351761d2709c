"""Result models: PolicyRouteRuleSetVRouterRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PolicyRouteRuleSetVRouterRefInventory",
]


class PolicyRouteRuleSetVRouterRefInventory(ZStackModel):
    """ZStack's `PolicyRouteRuleSetVRouterRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    id: int | None = None
    """id (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """策略路由规则集uuid (since 3.6.0)"""

    v_router_uuid: str | None = None
    """路由器uuid (since 3.6.0)"""

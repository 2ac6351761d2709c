"""Result models: PolicyRouteRuleSetL3RefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PolicyRouteRuleSetL3RefInventory",
]


class PolicyRouteRuleSetL3RefInventory(ZStackModel):
    """ZStack's `PolicyRouteRuleSetL3RefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    id: int | None = None
    """id (since 3.6.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """策略路由规则集uuid (since 3.6.0)"""

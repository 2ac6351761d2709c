"""Result models: PolicyRouteRuleSetInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .policy_route_rule_inventory import PolicyRouteRuleInventory
from .policy_route_rule_set_l3_ref_inventory import PolicyRouteRuleSetL3RefInventory

__all__ = [
    "PolicyRouteRuleSetInventory",
]


class PolicyRouteRuleSetInventory(ZStackModel):
    """ZStack's `PolicyRouteRuleSetInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    l3_refs: list[PolicyRouteRuleSetL3RefInventory] | None = None
    """详情参考l3Refs (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    rules: list[PolicyRouteRuleInventory] | None = None
    """详情参考rules (since 3.6.0)"""

    type: str | None = None
    """type (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""

"""Result models: PolicyRouteRuleSetFromVirtualRouterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .l3_ref import L3Ref
from .policy_route_rule_inventory import PolicyRouteRuleInventory

__all__ = [
    "PolicyRouteRuleSetFromVirtualRouterInventory",
]


class PolicyRouteRuleSetFromVirtualRouterInventory(ZStackModel):
    """The ``PolicyRouteRuleSetFromVirtualRouterInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    l3_refs: list[L3Ref] | None = None
    """详情参考l3Refs (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 3.9.0)"""

    rules: list[PolicyRouteRuleInventory] | None = None
    """详情参考rules (since 3.9.0)"""

    type: str | None = None
    """type (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""

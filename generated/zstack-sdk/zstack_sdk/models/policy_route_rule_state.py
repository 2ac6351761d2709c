"""Result models: PolicyRouteRuleState (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "PolicyRouteRuleState",
]


class PolicyRouteRuleState(ZStackModel):
    """The ``PolicyRouteRuleState`` structure."""

    disable: PolicyRouteRuleState | None = None
    """disable (since 3.6.0)"""

    enable: PolicyRouteRuleState | None = None
    """enable (since 3.6.0)"""

"""Result models: PolicyRouteRuleProtocol (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "PolicyRouteRuleProtocol",
]


class PolicyRouteRuleProtocol(ZStackModel):
    """The ``PolicyRouteRuleProtocol`` structure."""

    tcp: PolicyRouteRuleProtocol | None = None
    """tcp (since 3.6.0)"""

    udp: PolicyRouteRuleProtocol | None = None
    """udp (since 3.6.0)"""

"""Result models: FirewallRuleState (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "FirewallRuleState",
]


class FirewallRuleState(ZStackModel):
    """The ``FirewallRuleState`` structure."""

    disable: FirewallRuleState | None = None
    """disable (since 3.6.0)"""

    enable: FirewallRuleState | None = None
    """enable (since 3.6.0)"""

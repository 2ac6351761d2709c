"""Result models: DetachFirewallRuleSetFromL3Result (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachFirewallRuleSetFromL3Result",
]


class DetachFirewallRuleSetFromL3Result(ZStackModel):
    """The result of DetachFirewallRuleSetFromL3 (ZStack's `DetachFirewallRuleSetFromL3Result`)."""

    error: ErrorCode | None = None

"""Result models: DeleteFirewallRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallRuleSetResult",
]


class DeleteFirewallRuleSetResult(ZStackModel):
    """The result of DeleteFirewallRuleSet (ZStack's `DeleteFirewallRuleSetResult`)."""

    error: ErrorCode | None = None

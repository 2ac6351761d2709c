"""Result models: DeleteFirewallRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallRuleResult",
]


class DeleteFirewallRuleResult(ZStackModel):
    """The result of DeleteFirewallRule (ZStack's `DeleteFirewallRuleResult`)."""

    error: ErrorCode | None = None

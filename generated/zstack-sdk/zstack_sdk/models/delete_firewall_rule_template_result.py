"""Result models: DeleteFirewallRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallRuleTemplateResult",
]


class DeleteFirewallRuleTemplateResult(ZStackModel):
    """The result of DeleteFirewallRuleTemplate (ZStack's `DeleteFirewallRuleTemplateResult`)."""

    error: ErrorCode | None = None

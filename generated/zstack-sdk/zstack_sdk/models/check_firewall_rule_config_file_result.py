"""Result models: CheckFirewallRuleConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckFirewallRuleConfigFileResult",
]


class CheckFirewallRuleConfigFileResult(ZStackModel):
    """The result of CheckFirewallRuleConfigFile (ZStack's `CheckFirewallRuleConfigFileResult`)."""

    error: ErrorCode | None = None

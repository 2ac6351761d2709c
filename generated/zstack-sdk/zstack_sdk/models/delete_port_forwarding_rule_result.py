"""Result models: DeletePortForwardingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePortForwardingRuleResult",
]


class DeletePortForwardingRuleResult(ZStackModel):
    """The result of DeletePortForwardingRule (ZStack's `DeletePortForwardingRuleResult`)."""

    error: ErrorCode | None = None

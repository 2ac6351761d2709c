"""Result models: DeletePolicyRouteRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyRouteRuleResult",
]


class DeletePolicyRouteRuleResult(ZStackModel):
    """The result of DeletePolicyRouteRule (ZStack's `DeletePolicyRouteRuleResult`)."""

    error: ErrorCode | None = None

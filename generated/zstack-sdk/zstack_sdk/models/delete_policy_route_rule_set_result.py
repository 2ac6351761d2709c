"""Result models: DeletePolicyRouteRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyRouteRuleSetResult",
]


class DeletePolicyRouteRuleSetResult(ZStackModel):
    """The result of DeletePolicyRouteRuleSet (ZStack's `DeletePolicyRouteRuleSetResult`)."""

    error: ErrorCode | None = None

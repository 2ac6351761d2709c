"""Result models: DetachPolicyRouteRuleSetFromL3Result (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachPolicyRouteRuleSetFromL3Result",
]


class DetachPolicyRouteRuleSetFromL3Result(ZStackModel):
    """The result of DetachPolicyRouteRuleSetFromL3 (ZStack's `DetachPolicyRouteRuleSetFromL3Result`)."""

    error: ErrorCode | None = None

"""Result models: AttachPolicyRouteRuleSetToL3Result (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachPolicyRouteRuleSetToL3Result",
]


class AttachPolicyRouteRuleSetToL3Result(ZStackModel):
    """The result of AttachPolicyRouteRuleSetToL3 (ZStack's `AttachPolicyRouteRuleSetToL3Result`)."""

    error: ErrorCode | None = None

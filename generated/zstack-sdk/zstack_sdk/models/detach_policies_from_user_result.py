"""Result models: DetachPoliciesFromUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachPoliciesFromUserResult",
]


class DetachPoliciesFromUserResult(ZStackModel):
    """The result of DetachPoliciesFromUser (ZStack's `DetachPoliciesFromUserResult`)."""

    error: ErrorCode | None = None

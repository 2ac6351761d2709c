"""Result models: DetachPolicyFromUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachPolicyFromUserResult",
]


class DetachPolicyFromUserResult(ZStackModel):
    """The result of DetachPolicyFromUser (ZStack's `DetachPolicyFromUserResult`)."""

    error: ErrorCode | None = None

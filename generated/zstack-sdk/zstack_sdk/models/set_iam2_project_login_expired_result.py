"""Result models: SetIAM2ProjectLoginExpiredResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetIAM2ProjectLoginExpiredResult",
]


class SetIAM2ProjectLoginExpiredResult(ZStackModel):
    """The result of SetIAM2ProjectLoginExpired (ZStack's `SetIAM2ProjectLoginExpiredResult`)."""

    error: ErrorCode | None = None

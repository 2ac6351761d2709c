"""Result models: RemoveIAM2ProjectLoginExpiredResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2ProjectLoginExpiredResult",
]


class RemoveIAM2ProjectLoginExpiredResult(ZStackModel):
    """The result of RemoveIAM2ProjectLoginExpired (ZStack's `RemoveIAM2ProjectLoginExpiredResult`)."""

    error: ErrorCode | None = None

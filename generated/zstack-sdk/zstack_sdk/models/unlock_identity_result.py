"""Result models: UnlockIdentityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnlockIdentityResult",
]


class UnlockIdentityResult(ZStackModel):
    """The result of UnlockIdentity (ZStack's `UnlockIdentityResult`)."""

    error: ErrorCode | None = None

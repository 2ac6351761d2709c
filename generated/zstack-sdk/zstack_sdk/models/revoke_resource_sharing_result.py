"""Result models: RevokeResourceSharingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevokeResourceSharingResult",
]


class RevokeResourceSharingResult(ZStackModel):
    """The result of RevokeResourceSharing (ZStack's `RevokeResourceSharingResult`)."""

    error: ErrorCode | None = None

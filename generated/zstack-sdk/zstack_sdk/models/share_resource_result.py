"""Result models: ShareResourceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ShareResourceResult",
]


class ShareResourceResult(ZStackModel):
    """The result of ShareResource (ZStack's `ShareResourceResult`)."""

    error: ErrorCode | None = None

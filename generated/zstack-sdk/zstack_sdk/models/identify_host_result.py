"""Result models: IdentifyHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "IdentifyHostResult",
]


class IdentifyHostResult(ZStackModel):
    """The result of IdentifyHost (ZStack's `IdentifyHostResult`)."""

    error: ErrorCode | None = None

"""Result models: SetImageQgaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetImageQgaResult",
]


class SetImageQgaResult(ZStackModel):
    """The result of SetImageQga (ZStack's `SetImageQgaResult`)."""

    error: ErrorCode | None = None

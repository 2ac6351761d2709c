"""Result models: SetImageBootModeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetImageBootModeResult",
]


class SetImageBootModeResult(ZStackModel):
    """The result of SetImageBootMode (ZStack's `SetImageBootModeResult`)."""

    error: ErrorCode | None = None

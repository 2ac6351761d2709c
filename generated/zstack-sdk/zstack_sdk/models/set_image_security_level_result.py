"""Result models: SetImageSecurityLevelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetImageSecurityLevelResult",
]


class SetImageSecurityLevelResult(ZStackModel):
    """The result of SetImageSecurityLevel (ZStack's `SetImageSecurityLevelResult`)."""

    error: ErrorCode | None = None

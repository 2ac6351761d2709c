"""Result models: ResetGlobalConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ResetGlobalConfigResult",
]


class ResetGlobalConfigResult(ZStackModel):
    """The result of ResetGlobalConfig (ZStack's `ResetGlobalConfigResult`)."""

    error: ErrorCode | None = None

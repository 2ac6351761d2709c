"""Result models: LogOutResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "LogOutResult",
]


class LogOutResult(ZStackModel):
    """The result of LogOut (ZStack's `LogOutResult`)."""

    error: ErrorCode | None = None

"""Result models: CleanLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanLongJobResult",
]


class CleanLongJobResult(ZStackModel):
    """The result of CleanLongJob (ZStack's `CleanLongJobResult`)."""

    error: ErrorCode | None = None

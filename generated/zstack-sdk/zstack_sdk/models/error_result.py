"""Result models: ErrorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ErrorResult",
]


class ErrorResult(ZStackModel):
    """ZStack's `ErrorResult`."""

    detail: str | None = None
    """detail (since 3.6.0)"""

    line: int | None = None
    """line (since 3.6.0)"""

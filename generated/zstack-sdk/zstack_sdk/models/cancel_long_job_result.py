"""Result models: CancelLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CancelLongJobResult",
]


class CancelLongJobResult(ZStackModel):
    """The result of CancelLongJob (ZStack's `CancelLongJobResult`)."""

    error: ErrorCode | None = None

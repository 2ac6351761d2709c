"""Result models: DetachHybridKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachHybridKeyResult",
]


class DetachHybridKeyResult(ZStackModel):
    """The result of DetachHybridKey (ZStack's `DetachHybridKeyResult`)."""

    error: ErrorCode | None = None

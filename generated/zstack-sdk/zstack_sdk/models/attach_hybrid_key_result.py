"""Result models: AttachHybridKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachHybridKeyResult",
]


class AttachHybridKeyResult(ZStackModel):
    """The result of AttachHybridKey (ZStack's `AttachHybridKeyResult`)."""

    error: ErrorCode | None = None

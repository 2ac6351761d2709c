"""Result models: DetachHybridEipFromEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachHybridEipFromEcsResult",
]


class DetachHybridEipFromEcsResult(ZStackModel):
    """The result of DetachHybridEipFromEcs (ZStack's `DetachHybridEipFromEcsResult`)."""

    error: ErrorCode | None = None

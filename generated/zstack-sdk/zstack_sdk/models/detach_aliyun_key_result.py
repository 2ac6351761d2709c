"""Result models: DetachAliyunKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachAliyunKeyResult",
]


class DetachAliyunKeyResult(ZStackModel):
    """The result of DetachAliyunKey (ZStack's `DetachAliyunKeyResult`)."""

    error: ErrorCode | None = None

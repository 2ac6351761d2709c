"""Result models: AttachAliyunKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachAliyunKeyResult",
]


class AttachAliyunKeyResult(ZStackModel):
    """The result of AttachAliyunKey (ZStack's `AttachAliyunKeyResult`)."""

    error: ErrorCode | None = None

"""Result models: DetachAliyunDiskFromEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachAliyunDiskFromEcsResult",
]


class DetachAliyunDiskFromEcsResult(ZStackModel):
    """The result of DetachAliyunDiskFromEcs (ZStack's `DetachAliyunDiskFromEcsResult`)."""

    error: ErrorCode | None = None

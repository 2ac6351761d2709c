"""Result models: DetachDataVolumeFromHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachDataVolumeFromHostResult",
]


class DetachDataVolumeFromHostResult(ZStackModel):
    """The result of DetachDataVolumeFromHost (ZStack's `DetachDataVolumeFromHostResult`)."""

    error: ErrorCode | None = None

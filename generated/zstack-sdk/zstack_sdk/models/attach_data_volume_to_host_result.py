"""Result models: AttachDataVolumeToHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachDataVolumeToHostResult",
]


class AttachDataVolumeToHostResult(ZStackModel):
    """The result of AttachDataVolumeToHost (ZStack's `AttachDataVolumeToHostResult`)."""

    error: ErrorCode | None = None

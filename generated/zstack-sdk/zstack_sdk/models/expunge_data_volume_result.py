"""Result models: ExpungeDataVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeDataVolumeResult",
]


class ExpungeDataVolumeResult(ZStackModel):
    """The result of ExpungeDataVolume (ZStack's `ExpungeDataVolumeResult`)."""

    error: ErrorCode | None = None

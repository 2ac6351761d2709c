"""Result models: DeleteDataVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteDataVolumeResult",
]


class DeleteDataVolumeResult(ZStackModel):
    """The result of DeleteDataVolume (ZStack's `DeleteDataVolumeResult`)."""

    error: ErrorCode | None = None

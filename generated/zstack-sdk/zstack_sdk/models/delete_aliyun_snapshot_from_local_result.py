"""Result models: DeleteAliyunSnapshotFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunSnapshotFromLocalResult",
]


class DeleteAliyunSnapshotFromLocalResult(ZStackModel):
    """The result of DeleteAliyunSnapshotFromLocal (ZStack's `DeleteAliyunSnapshotFromLocalResult`)."""

    error: ErrorCode | None = None

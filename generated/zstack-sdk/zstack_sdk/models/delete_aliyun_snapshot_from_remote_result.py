"""Result models: DeleteAliyunSnapshotFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunSnapshotFromRemoteResult",
]


class DeleteAliyunSnapshotFromRemoteResult(ZStackModel):
    """The result of DeleteAliyunSnapshotFromRemote (ZStack's `DeleteAliyunSnapshotFromRemoteResult`)."""

    error: ErrorCode | None = None

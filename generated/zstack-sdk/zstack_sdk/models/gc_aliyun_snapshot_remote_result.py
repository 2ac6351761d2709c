"""Result models: GCAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GCAliyunSnapshotRemoteResult",
]


class GCAliyunSnapshotRemoteResult(ZStackModel):
    """The result of GCAliyunSnapshotRemote (ZStack's `GCAliyunSnapshotRemoteResult`)."""

    error: ErrorCode | None = None

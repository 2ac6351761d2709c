"""Result models: SyncAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncAliyunSnapshotRemoteResult",
]


class SyncAliyunSnapshotRemoteResult(ZStackModel):
    """The result of SyncAliyunSnapshotRemote (ZStack's `SyncAliyunSnapshotRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

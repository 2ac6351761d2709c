"""Result models: DeleteSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSnapshotGroupResult",
]


class DeleteSnapshotGroupResult(ZStackModel):
    """ZStack's `DeleteSnapshotGroupResult`."""

    error: ErrorCode | None = None
    """详情参考error (since 3.6.0)"""

    snapshot_uuid: str | None = None
    """快照UUID (since 3.6.0)"""

    success: bool | None = None
    """success (since 3.6.0)"""

    volume_uuid: str | None = None
    """云盘UUID (since 3.6.0)"""

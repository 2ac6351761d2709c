"""Result models: UpdateAliyunSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_snapshot_inventory import AliyunSnapshotInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunSnapshotResult",
]


class UpdateAliyunSnapshotResult(ZStackModel):
    """The result of UpdateAliyunSnapshot (ZStack's `UpdateAliyunSnapshotResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunSnapshotInventory | None = None

"""Result models: CreateAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_snapshot_inventory import AliyunSnapshotInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunSnapshotRemoteResult",
]


class CreateAliyunSnapshotRemoteResult(ZStackModel):
    """The result of CreateAliyunSnapshotRemote (ZStack's `CreateAliyunSnapshotRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunSnapshotInventory | None = None

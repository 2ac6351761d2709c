"""Result models: CreateAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_snapshot_inventory import AliyunSnapshotInventory

__all__ = [
    "CreateAliyunSnapshotRemoteResult",
]


class CreateAliyunSnapshotRemoteResult(ZStackModel):
    """The ``CreateAliyunSnapshotRemoteResult`` structure."""

    inventory: AliyunSnapshotInventory | None = None

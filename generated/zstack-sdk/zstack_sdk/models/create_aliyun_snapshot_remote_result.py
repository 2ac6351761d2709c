"""Result models: CreateAliyunSnapshotRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .aliyun_snapshot_inventory import AliyunSnapshotInventory

__all__ = [
    "CreateAliyunSnapshotRemoteResult",
]


class CreateAliyunSnapshotRemoteResult(ZStackModel):
    """The ``CreateAliyunSnapshotRemoteResult`` structure."""

    inventory: AliyunSnapshotInventory | None = None

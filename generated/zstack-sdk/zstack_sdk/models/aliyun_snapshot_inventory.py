"""Result models: AliyunSnapshotInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunSnapshotInventory",
]


class AliyunSnapshotInventory(ZStackModel):
    """ZStack's `AliyunSnapshotInventory`."""

    aliyun_snapshot_usage: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    disk_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    snapshot_id: str | None = None

    status: str | None = None

    uuid: str | None = None

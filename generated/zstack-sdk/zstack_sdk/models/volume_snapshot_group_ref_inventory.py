"""Result models: VolumeSnapshotGroupRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VolumeSnapshotGroupRefInventory",
]


class VolumeSnapshotGroupRefInventory(ZStackModel):
    """ZStack's `VolumeSnapshotGroupRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    device_id: int | None = None
    """打快照时云盘的加载序号 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    snapshot_deleted: bool | None = None
    """快照是否已经被删除 (since 3.6.0)"""

    volume_last_attach_date: ZStackDateTime | None = None

    volume_name: str | None = None
    """云盘的名字 (since 3.6.0)"""

    volume_snapshot_group_uuid: str | None = None
    """快照组UUID (since 3.6.0)"""

    volume_snapshot_install_path: str | None = None
    """快照的安装路径 (since 3.6.0)"""

    volume_snapshot_name: str | None = None
    """快照的名字 (since 3.6.0)"""

    volume_snapshot_uuid: str | None = None
    """云盘快照UUID (since 3.6.0)"""

    volume_type: str | None = None
    """云盘的类型 (since 3.6.0)"""

    volume_uuid: str | None = None
    """云盘UUID (since 3.6.0)"""

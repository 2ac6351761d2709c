"""Result models: MemorySnapshotGroupReferenceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .volume_snapshot_ref import VolumeSnapshotRef

__all__ = [
    "MemorySnapshotGroupReferenceInventory",
]


class MemorySnapshotGroupReferenceInventory(ZStackModel):
    """The ``MemorySnapshotGroupReferenceInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.4.24)"""

    description: str | None = None
    """资源的详细描述 (since 4.4.24)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.4.24)"""

    name: str | None = None
    """资源名称 (since 4.4.24)"""

    snapshot_count: int | None = None
    """组内快照数量 (since 4.4.24)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.4.24)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.4.24)"""

    volume_snapshot_refs: list[VolumeSnapshotRef] | None = None
    """详情参考volumeSnapshotRefs (since 4.4.24)"""

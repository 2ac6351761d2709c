"""Result models: GetMemorySnapshotGroupReferenceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_group_inventory import VolumeSnapshotGroupInventory

__all__ = [
    "GetMemorySnapshotGroupReferenceResult",
]


class GetMemorySnapshotGroupReferenceResult(ZStackModel):
    """The result of GetMemorySnapshotGroupReference (ZStack's `GetMemorySnapshotGroupReferenceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.24)"""

    inventories: list[VolumeSnapshotGroupInventory] | None = None
    """详情参考inventories (since 4.4.24)"""

    resource_uuid: str | None = None
    """资源UUID (since 4.4.24)"""

    success: bool | None = None
    """success (since 4.4.24)"""

"""Result models: GetVolumeSnapshotSizeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVolumeSnapshotSizeResult",
]


class GetVolumeSnapshotSizeResult(ZStackModel):
    """The result of GetVolumeSnapshotSize (ZStack's `GetVolumeSnapshotSizeResult`)."""

    actual_size: int | None = None
    """快照实际容量 (since 3.5.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    size: int | None = None
    """快照容量 (since 3.5.0)"""

    success: bool | None = None
    """success (since 3.5.0)"""

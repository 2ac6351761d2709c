"""Result models: ShrinkVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shrink_result import ShrinkResult

__all__ = [
    "ShrinkVolumeSnapshotResult",
]


class ShrinkVolumeSnapshotResult(ZStackModel):
    """The result of ShrinkVolumeSnapshot (ZStack's `ShrinkVolumeSnapshotResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.10.0)"""

    shrink_result: ShrinkResult | None = None
    """详情参考shrinkResult (since 3.10.0)"""

"""Result models: BatchSyncVolumeSizeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BatchSyncVolumeSizeResult",
]


class BatchSyncVolumeSizeResult(ZStackModel):
    """The result of BatchSyncVolumeSize (ZStack's `BatchSyncVolumeSizeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.3)"""

    fail_count: int | None = None
    """失败数 (since 4.5.3)"""

    success_count: int | None = None
    """成功数 (since 4.5.3)"""

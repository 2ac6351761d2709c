"""Result models: GetBackupStorageCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBackupStorageCapacityResult",
]


class GetBackupStorageCapacityResult(ZStackModel):
    """The result of GetBackupStorageCapacity (ZStack's `GetBackupStorageCapacityResult`)."""

    available_capacity: int | None = None
    """可用容量（以字节计） (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    success: bool | None = None
    """成功失败标志 (since 0.6)"""

    total_capacity: int | None = None
    """总容量（以字节计） (since 0.6)"""

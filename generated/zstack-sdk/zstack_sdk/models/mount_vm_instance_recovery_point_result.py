"""Result models: MountVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "MountVmInstanceRecoveryPointResult",
]


class MountVmInstanceRecoveryPointResult(ZStackModel):
    """The result of MountVmInstanceRecoveryPoint (ZStack's `MountVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    failed_volumes: dict[str, Any] | None = None
    """挂载恢复点失败的云盘列表 (since 4.5.0)"""

    resource_path: str | None = None
    """挂载恢复点成功的资源路径 (since 4.5.0)"""

    success: bool | None = None
    """成功 (since 4.5.0)"""

"""Result models: GetVmInstanceProtectedRecoveryPointsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmInstanceProtectedRecoveryPointsResult",
]


class GetVmInstanceProtectedRecoveryPointsResult(ZStackModel):
    """The result of GetVmInstanceProtectedRecoveryPoints (ZStack's `GetVmInstanceProtectedRecoveryPointsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    recovery_points: dict[str, Any] | None = None
    """CDP恢复点列表 (since 4.5.0)"""

    success: bool | None = None
    """成功 (since 4.5.0)"""

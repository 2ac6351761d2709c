"""Result models: GetBaremetalChassisPowerStatusResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBaremetalChassisPowerStatusResult",
]


class GetBaremetalChassisPowerStatusResult(ZStackModel):
    """The result of GetBaremetalChassisPowerStatus (ZStack's `GetBaremetalChassisPowerStatusResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    status: str | None = None
    """电源状态 (since 2.6.0)"""

    success: bool | None = None
    """success (since 2.6.0)"""

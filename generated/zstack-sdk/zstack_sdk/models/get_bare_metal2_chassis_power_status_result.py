"""Result models: GetBareMetal2ChassisPowerStatusResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2ChassisPowerStatusResult",
]


class GetBareMetal2ChassisPowerStatusResult(ZStackModel):
    """The result of GetBareMetal2ChassisPowerStatus (ZStack's `GetBareMetal2ChassisPowerStatusResult`)."""

    error: ErrorCode | None = None
    """详情参考error (since 4.0.0)"""

    status: str | None = None
    """电源状态 (since 4.0.0)"""

    success: bool | None = None
    """获取成功 (since 4.0.0)"""

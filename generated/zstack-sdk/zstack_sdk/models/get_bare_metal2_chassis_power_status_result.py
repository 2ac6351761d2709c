"""Result models: GetBareMetal2ChassisPowerStatusResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2ChassisPowerStatusResult",
]


class GetBareMetal2ChassisPowerStatusResult(ZStackModel):
    """The ``GetBareMetal2ChassisPowerStatusResult`` structure."""

    error: ErrorCode | None = None
    """详情参考error (since 4.0.0)"""

    status: str | None = None
    """电源状态 (since 4.0.0)"""

    success: bool | None = None
    """获取成功 (since 4.0.0)"""

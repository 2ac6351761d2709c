"""Result models: CheckVipPortAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckVipPortAvailabilityResult",
]


class CheckVipPortAvailabilityResult(ZStackModel):
    """The result of CheckVipPortAvailability (ZStack's `CheckVipPortAvailabilityResult`)."""

    available: bool | None = None
    """Java内置数据类型 (since 4.7.21)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

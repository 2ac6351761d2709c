"""Result models: CheckIpAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckIpAvailabilityResult",
]


class CheckIpAvailabilityResult(ZStackModel):
    """The result of CheckIpAvailability (ZStack's `CheckIpAvailabilityResult`)."""

    available: bool | None = None
    """可用 (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    reason: str | None = None
    """原因 (since 3.4)"""

    success: bool | None = None
    """成功 (since 0.6)"""

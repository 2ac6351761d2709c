"""Result models: GetCurrentTimeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCurrentTimeResult",
]


class GetCurrentTimeResult(ZStackModel):
    """The result of GetCurrentTime (ZStack's `GetCurrentTimeResult`)."""

    current_time: dict[str, int] | None = None
    """管理节点当前时间 (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    success: bool | None = None
    """成功标志 (since 0.6)"""

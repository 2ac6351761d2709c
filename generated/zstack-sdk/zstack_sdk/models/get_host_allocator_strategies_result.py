"""Result models: GetHostAllocatorStrategiesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHostAllocatorStrategiesResult",
]


class GetHostAllocatorStrategiesResult(ZStackModel):
    """The result of GetHostAllocatorStrategies (ZStack's `GetHostAllocatorStrategiesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    strategies: list[str] | None = None
    """策略 (since 0.6)"""

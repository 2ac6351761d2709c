"""Result models: GetBareMetal2GatewayAllocatorStrategiesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2GatewayAllocatorStrategiesResult",
]


class GetBareMetal2GatewayAllocatorStrategiesResult(ZStackModel):
    """The result of GetBareMetal2GatewayAllocatorStrategies (ZStack's `GetBareMetal2GatewayAllocatorStrategiesResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    strategies: list[Any] | None = None
    """裸金属网关节点分配策略列表 (since 4.0.0)"""

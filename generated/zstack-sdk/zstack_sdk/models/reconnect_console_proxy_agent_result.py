"""Result models: ReconnectConsoleProxyAgentResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ReconnectConsoleProxyAgentResult",
]


class ReconnectConsoleProxyAgentResult(ZStackModel):
    """The result of ReconnectConsoleProxyAgent (ZStack's `ReconnectConsoleProxyAgentResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: dict[str, Any] | None = None
    """控制台代理Agent清单 (since 0.6)"""

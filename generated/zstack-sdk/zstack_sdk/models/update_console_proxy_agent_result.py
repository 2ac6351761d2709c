"""Result models: UpdateConsoleProxyAgentResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .console_proxy_agent_inventory import ConsoleProxyAgentInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateConsoleProxyAgentResult",
]


class UpdateConsoleProxyAgentResult(ZStackModel):
    """The result of UpdateConsoleProxyAgent (ZStack's `UpdateConsoleProxyAgentResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: ConsoleProxyAgentInventory | None = None
    """详情参考inventory (since 2.3)"""

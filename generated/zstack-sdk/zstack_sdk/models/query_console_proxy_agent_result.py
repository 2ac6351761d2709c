"""Result models: QueryConsoleProxyAgentResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .console_proxy_agent_inventory import ConsoleProxyAgentInventory
from .error_code import ErrorCode

__all__ = [
    "QueryConsoleProxyAgentResult",
]


class QueryConsoleProxyAgentResult(ZStackModel):
    """The result of QueryConsoleProxyAgent (ZStack's `QueryConsoleProxyAgentResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[ConsoleProxyAgentInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None

"""Result models: RequestConsoleAccessResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .console_inventory import ConsoleInventory
from .error_code import ErrorCode

__all__ = [
    "RequestConsoleAccessResult",
]


class RequestConsoleAccessResult(ZStackModel):
    """The result of RequestConsoleAccess (ZStack's `RequestConsoleAccessResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ConsoleInventory | None = None
    """详情参考inventory (since 0.6)"""

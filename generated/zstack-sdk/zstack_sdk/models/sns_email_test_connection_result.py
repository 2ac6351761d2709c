"""Result models: SNSEmailTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SNSEmailTestConnectionResult",
]


class SNSEmailTestConnectionResult(ZStackModel):
    """The result of SNSEmailTestConnection (ZStack's `SNSEmailTestConnectionResult`)."""

    connected: bool | None = None
    """发送结果 (since 5.1.8)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    success: bool | None = None
    """success (since 5.1.8)"""

    webhook_resp: dict[str, Any] | None = None
    """对端响应内容 (since 5.1.8)"""

"""Result models: SNSHttpTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SNSHttpTestConnectionResult",
]


class SNSHttpTestConnectionResult(ZStackModel):
    """The result of SNSHttpTestConnection (ZStack's `SNSHttpTestConnectionResult`)."""

    connected: bool | None = None
    """发送结果 (since 5.1.8)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.8)"""

    success: bool | None = None
    """success (since 5.1.8)"""

    webhook_resp: str | None = None
    """对端响应内容 (since 5.1.8)"""

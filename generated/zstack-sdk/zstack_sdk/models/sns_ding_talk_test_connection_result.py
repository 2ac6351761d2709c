"""Result models: SNSDingTalkTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SNSDingTalkTestConnectionResult",
]


class SNSDingTalkTestConnectionResult(ZStackModel):
    """The result of SNSDingTalkTestConnection (ZStack's `SNSDingTalkTestConnectionResult`)."""

    connected: bool | None = None
    """webhook url 连通性标识(仅代表能否联通) (since 5.0.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    webhook_resp: dict[str, Any] | None = None
    """webhook url 发送测试消息对端返回([https://open.dingtalk.com/document/robots/custom-robot-access#title-7ur-3ok-s1a]) (since 5.0.0)"""

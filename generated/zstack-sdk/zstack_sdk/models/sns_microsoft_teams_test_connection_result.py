"""Result models: SNSMicrosoftTeamsTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SNSMicrosoftTeamsTestConnectionResult",
]


class SNSMicrosoftTeamsTestConnectionResult(ZStackModel):
    """The result of SNSMicrosoftTeamsTestConnection (ZStack's `SNSMicrosoftTeamsTestConnectionResult`)."""

    connected: bool | None = None
    """webhook url 是否联通 (since 5.0.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    webhook_resp: dict[str, Any] | None = None
    """webhook 返回数据 (since 5.0.0)"""

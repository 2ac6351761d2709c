"""Result models: ValidateSessionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSessionResult",
]


class ValidateSessionResult(ZStackModel):
    """The result of ValidateSession (ZStack's `ValidateSessionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    valid: bool | None = None
    """会话是否有效 (since 0.6)"""

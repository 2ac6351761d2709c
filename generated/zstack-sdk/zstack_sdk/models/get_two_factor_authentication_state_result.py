"""Result models: GetTwoFactorAuthenticationStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetTwoFactorAuthenticationStateResult",
]


class GetTwoFactorAuthenticationStateResult(ZStackModel):
    """The result of GetTwoFactorAuthenticationState (ZStack's `GetTwoFactorAuthenticationStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    state: str | None = None
    """state (since 2.6.0)"""

"""Result models: GetVmConsolePasswordResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmConsolePasswordResult",
]


class GetVmConsolePasswordResult(ZStackModel):
    """The result of GetVmConsolePassword (ZStack's `GetVmConsolePasswordResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    password: str | None = None
    """控制台密码 (since 0.6)"""

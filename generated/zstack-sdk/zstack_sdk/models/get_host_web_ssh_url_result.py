"""Result models: GetHostWebSshUrlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHostWebSshUrlResult",
]


class GetHostWebSshUrlResult(ZStackModel):
    """The result of GetHostWebSshUrl (ZStack's `GetHostWebSshUrlResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    success: bool | None = None
    """是否成功 (since 4.7.0)"""

    url: str | None = None
    """物理机网页终端链接 (since 4.7.0)"""

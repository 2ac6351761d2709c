"""Result models: GetVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVersionResult",
]


class GetVersionResult(ZStackModel):
    """The result of GetVersion (ZStack's `GetVersionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    success: bool | None = None
    """成功标志 (since 0.6)"""

    version: str | None = None
    """管理节点当前版本 (since 0.6)"""

"""Result models: GetManagementNodeArchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetManagementNodeArchResult",
]


class GetManagementNodeArchResult(ZStackModel):
    """The result of GetManagementNodeArch (ZStack's `GetManagementNodeArchResult`)."""

    architecture: str | None = None

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    success: bool | None = None
    """success (since 4.1.0)"""

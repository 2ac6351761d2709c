"""Result models: GetManagementNodeOSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetManagementNodeOSResult",
]


class GetManagementNodeOSResult(ZStackModel):
    """The result of GetManagementNodeOS (ZStack's `GetManagementNodeOSResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    name: str | None = None
    """资源名称 (since 4.1.0)"""

    success: bool | None = None
    """success (since 4.1.0)"""

    version: str | None = None
    """version (since 4.1.0)"""

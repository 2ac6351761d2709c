"""Result models: GetManagementNodeDirCapacityResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetManagementNodeDirCapacityResult",
]


class GetManagementNodeDirCapacityResult(ZStackModel):
    """The result of GetManagementNodeDirCapacity (ZStack's `GetManagementNodeDirCapacityResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    result: dict[str, Any] | None = None
    """管理节点目录容量信息详细内容 (since 3.9.0)"""

    success: bool | None = None
    """success (since 3.9.0)"""

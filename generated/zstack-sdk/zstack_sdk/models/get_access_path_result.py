"""Result models: GetAccessPathResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAccessPathResult",
]


class GetAccessPathResult(ZStackModel):
    """The result of GetAccessPath (ZStack's `GetAccessPathResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    path_infos: list[Any] | None = None

    success: bool | None = None
    """success (since 4.7.11)"""

"""Result models: GetResourceFromResourceStackResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetResourceFromResourceStackResult",
]


class GetResourceFromResourceStackResult(ZStackModel):
    """The result of GetResourceFromResourceStack (ZStack's `GetResourceFromResourceStackResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    resources: list[Any] | None = None
    """资源栈中的资源清单列表 (since 2.5.0)"""

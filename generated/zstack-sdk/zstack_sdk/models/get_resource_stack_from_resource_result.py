"""Result models: GetResourceStackFromResourceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetResourceStackFromResourceResult",
]


class GetResourceStackFromResourceResult(ZStackModel):
    """The result of GetResourceStackFromResource (ZStack's `GetResourceStackFromResourceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    stack: dict[str, Any] | None = None
    """资源栈 (since 3.9.0)"""

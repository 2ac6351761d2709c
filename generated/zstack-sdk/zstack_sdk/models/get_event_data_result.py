"""Result models: GetEventDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetEventDataResult",
]


class GetEventDataResult(ZStackModel):
    """The result of GetEventData (ZStack's `GetEventDataResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    events: list[Any] | None = None
    """详情参考events (since 2.3)"""

    success: bool | None = None
    """success (since 3.3.0)"""

    total: int | None = None
    """事件数目 (since 3.3.0)"""

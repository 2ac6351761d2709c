"""Result models: GetEventDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event import Event

__all__ = [
    "GetEventDataResult",
]


class GetEventDataResult(ZStackModel):
    """The ``GetEventDataResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    events: list[Event] | None = None
    """详情参考events (since 2.3)"""

    success: bool | None = None
    """success (since 3.3.0)"""

    total: int | None = None
    """事件数目 (since 3.3.0)"""

"""Result models: QuerySNSDingTalkAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSDingTalkAtPersonResult",
]


class QuerySNSDingTalkAtPersonResult(ZStackModel):
    """The result of QuerySNSDingTalkAtPerson (ZStack's `QuerySNSDingTalkAtPersonResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    inventories: list[Any] | None = None

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None

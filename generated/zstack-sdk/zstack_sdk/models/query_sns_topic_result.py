"""Result models: QuerySNSTopicResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSTopicResult",
]


class QuerySNSTopicResult(ZStackModel):
    """The result of QuerySNSTopic (ZStack's `QuerySNSTopicResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: list[Any] | None = None
    """详情参考inventories (since 2.3)"""

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None

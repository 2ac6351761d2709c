"""Result models: QueryIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2VirtualIDResult",
]


class QueryIAM2VirtualIDResult(ZStackModel):
    """The result of QueryIAM2VirtualID (ZStack's `QueryIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4.0)"""

    inventories: list[Any] | None = None
    """详情参考inventories (since 2.4.0)"""

    total: int | None = None

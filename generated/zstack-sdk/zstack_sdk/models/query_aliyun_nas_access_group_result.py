"""Result models: QueryAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunNasAccessGroupResult",
]


class QueryAliyunNasAccessGroupResult(ZStackModel):
    """The result of QueryAliyunNasAccessGroup (ZStack's `QueryAliyunNasAccessGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

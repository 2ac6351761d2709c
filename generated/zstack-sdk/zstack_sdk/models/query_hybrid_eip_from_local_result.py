"""Result models: QueryHybridEipFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryHybridEipFromLocalResult",
]


class QueryHybridEipFromLocalResult(ZStackModel):
    """The result of QueryHybridEipFromLocal (ZStack's `QueryHybridEipFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

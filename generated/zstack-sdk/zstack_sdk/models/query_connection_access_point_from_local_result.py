"""Result models: QueryConnectionAccessPointFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryConnectionAccessPointFromLocalResult",
]


class QueryConnectionAccessPointFromLocalResult(ZStackModel):
    """The result of QueryConnectionAccessPointFromLocal (ZStack's `QueryConnectionAccessPointFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

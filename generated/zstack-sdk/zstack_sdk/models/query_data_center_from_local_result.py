"""Result models: QueryDataCenterFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryDataCenterFromLocalResult",
]


class QueryDataCenterFromLocalResult(ZStackModel):
    """The result of QueryDataCenterFromLocal (ZStack's `QueryDataCenterFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryAliyunRouteEntryFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunRouteEntryFromLocalResult",
]


class QueryAliyunRouteEntryFromLocalResult(ZStackModel):
    """The result of QueryAliyunRouteEntryFromLocal (ZStack's `QueryAliyunRouteEntryFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

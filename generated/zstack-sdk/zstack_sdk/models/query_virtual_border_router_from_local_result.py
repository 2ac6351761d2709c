"""Result models: QueryVirtualBorderRouterFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVirtualBorderRouterFromLocalResult",
]


class QueryVirtualBorderRouterFromLocalResult(ZStackModel):
    """The result of QueryVirtualBorderRouterFromLocal (ZStack's `QueryVirtualBorderRouterFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

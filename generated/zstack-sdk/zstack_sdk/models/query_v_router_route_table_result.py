"""Result models: QueryVRouterRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVRouterRouteTableResult",
]


class QueryVRouterRouteTableResult(ZStackModel):
    """The result of QueryVRouterRouteTable (ZStack's `QueryVRouterRouteTableResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

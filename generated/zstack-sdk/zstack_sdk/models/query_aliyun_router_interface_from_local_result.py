"""Result models: QueryAliyunRouterInterfaceFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunRouterInterfaceFromLocalResult",
]


class QueryAliyunRouterInterfaceFromLocalResult(ZStackModel):
    """The result of QueryAliyunRouterInterfaceFromLocal (ZStack's `QueryAliyunRouterInterfaceFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

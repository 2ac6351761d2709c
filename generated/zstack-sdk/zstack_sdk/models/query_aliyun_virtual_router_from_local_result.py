"""Result models: QueryAliyunVirtualRouterFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunVirtualRouterFromLocalResult",
]


class QueryAliyunVirtualRouterFromLocalResult(ZStackModel):
    """The result of QueryAliyunVirtualRouterFromLocal (ZStack's `QueryAliyunVirtualRouterFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

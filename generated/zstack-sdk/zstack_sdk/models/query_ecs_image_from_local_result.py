"""Result models: QueryEcsImageFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsImageFromLocalResult",
]


class QueryEcsImageFromLocalResult(ZStackModel):
    """The result of QueryEcsImageFromLocal (ZStack's `QueryEcsImageFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

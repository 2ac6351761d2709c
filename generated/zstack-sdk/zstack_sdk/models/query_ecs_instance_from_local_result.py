"""Result models: QueryEcsInstanceFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsInstanceFromLocalResult",
]


class QueryEcsInstanceFromLocalResult(ZStackModel):
    """The result of QueryEcsInstanceFromLocal (ZStack's `QueryEcsInstanceFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

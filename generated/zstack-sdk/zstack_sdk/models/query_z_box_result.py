"""Result models: QueryZBoxResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryZBoxResult",
]


class QueryZBoxResult(ZStackModel):
    """The result of QueryZBox (ZStack's `QueryZBoxResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

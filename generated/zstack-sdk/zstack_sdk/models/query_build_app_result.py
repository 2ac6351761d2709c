"""Result models: QueryBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryBuildAppResult",
]


class QueryBuildAppResult(ZStackModel):
    """The result of QueryBuildApp (ZStack's `QueryBuildAppResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAppBuildSystemResult",
]


class QueryAppBuildSystemResult(ZStackModel):
    """The result of QueryAppBuildSystem (ZStack's `QueryAppBuildSystemResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryMiniStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMiniStorageResult",
]


class QueryMiniStorageResult(ZStackModel):
    """The result of QueryMiniStorage (ZStack's `QueryMiniStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryMiniStorageHostRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMiniStorageHostRefResult",
]


class QueryMiniStorageHostRefResult(ZStackModel):
    """The result of QueryMiniStorageHostRef (ZStack's `QueryMiniStorageHostRefResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryOssBucketFileNameResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryOssBucketFileNameResult",
]


class QueryOssBucketFileNameResult(ZStackModel):
    """The result of QueryOssBucketFileName (ZStack's `QueryOssBucketFileNameResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

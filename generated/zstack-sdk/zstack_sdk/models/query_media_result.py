"""Result models: QueryMediaResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMediaResult",
]


class QueryMediaResult(ZStackModel):
    """The result of QueryMedia (ZStack's `QueryMediaResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

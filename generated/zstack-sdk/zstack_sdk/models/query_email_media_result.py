"""Result models: QueryEmailMediaResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEmailMediaResult",
]


class QueryEmailMediaResult(ZStackModel):
    """The result of QueryEmailMedia (ZStack's `QueryMediaResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

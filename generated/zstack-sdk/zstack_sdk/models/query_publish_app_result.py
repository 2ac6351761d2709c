"""Result models: QueryPublishAppResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryPublishAppResult",
]


class QueryPublishAppResult(ZStackModel):
    """The result of QueryPublishApp (ZStack's `QueryPublishAppResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

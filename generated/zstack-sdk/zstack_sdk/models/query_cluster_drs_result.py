"""Result models: QueryClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryClusterDRSResult",
]


class QueryClusterDRSResult(ZStackModel):
    """The result of QueryClusterDRS (ZStack's `QueryClusterDRSResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

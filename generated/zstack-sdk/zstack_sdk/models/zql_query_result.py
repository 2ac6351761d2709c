"""Result models: ZQLQueryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .zql_query_return import ZQLQueryReturn

__all__ = [
    "ZQLQueryResult",
]


class ZQLQueryResult(ZStackModel):
    """The result of ZQLQuery (ZStack's `ZQLQueryResult`)."""

    error: ErrorCode | None = None

    results: list[ZQLQueryReturn] | None = None

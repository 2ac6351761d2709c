"""Result models: QuerySNSHttpEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSHttpEndpointResult",
]


class QuerySNSHttpEndpointResult(ZStackModel):
    """The result of QuerySNSHttpEndpoint (ZStack's `QuerySNSHttpEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QuerySNSEmailEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSEmailEndpointResult",
]


class QuerySNSEmailEndpointResult(ZStackModel):
    """The result of QuerySNSEmailEndpoint (ZStack's `QuerySNSEmailEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

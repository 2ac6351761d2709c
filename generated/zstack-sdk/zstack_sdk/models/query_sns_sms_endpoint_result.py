"""Result models: QuerySNSSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSSmsEndpointResult",
]


class QuerySNSSmsEndpointResult(ZStackModel):
    """The result of QuerySNSSmsEndpoint (ZStack's `QuerySNSSmsEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

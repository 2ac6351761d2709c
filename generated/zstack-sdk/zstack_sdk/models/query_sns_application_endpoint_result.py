"""Result models: QuerySNSApplicationEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSApplicationEndpointResult",
]


class QuerySNSApplicationEndpointResult(ZStackModel):
    """The result of QuerySNSApplicationEndpoint (ZStack's `QuerySNSApplicationEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

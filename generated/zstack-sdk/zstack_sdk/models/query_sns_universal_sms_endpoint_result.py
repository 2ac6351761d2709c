"""Result models: QuerySNSUniversalSmsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSUniversalSmsEndpointResult",
]


class QuerySNSUniversalSmsEndpointResult(ZStackModel):
    """The result of QuerySNSUniversalSmsEndpoint (ZStack's `QuerySNSUniversalSmsEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

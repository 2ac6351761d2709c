"""Result models: QuerySNSFeiShuEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSFeiShuEndpointResult",
]


class QuerySNSFeiShuEndpointResult(ZStackModel):
    """The result of QuerySNSFeiShuEndpoint (ZStack's `QuerySNSFeiShuEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QuerySNSWeComEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSWeComEndpointResult",
]


class QuerySNSWeComEndpointResult(ZStackModel):
    """The result of QuerySNSWeComEndpoint (ZStack's `QuerySNSWeComEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

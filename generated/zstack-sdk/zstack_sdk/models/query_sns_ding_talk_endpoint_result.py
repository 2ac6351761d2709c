"""Result models: QuerySNSDingTalkEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSDingTalkEndpointResult",
]


class QuerySNSDingTalkEndpointResult(ZStackModel):
    """The result of QuerySNSDingTalkEndpoint (ZStack's `QuerySNSDingTalkEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

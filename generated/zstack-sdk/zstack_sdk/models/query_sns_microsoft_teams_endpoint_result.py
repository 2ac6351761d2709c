"""Result models: QuerySNSMicrosoftTeamsEndpointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSMicrosoftTeamsEndpointResult",
]


class QuerySNSMicrosoftTeamsEndpointResult(ZStackModel):
    """The result of QuerySNSMicrosoftTeamsEndpoint (ZStack's `QuerySNSMicrosoftTeamsEndpointResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QuerySNSEndpointThirdpartyAlertHistoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSEndpointThirdpartyAlertHistoryResult",
]


class QuerySNSEndpointThirdpartyAlertHistoryResult(ZStackModel):
    """The result of QuerySNSEndpointThirdpartyAlertHistory (ZStack's `QuerySNSEndpointThirdpartyAlertHistoryResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryThirdpartyAlertResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryThirdpartyAlertResult",
]


class QueryThirdpartyAlertResult(ZStackModel):
    """The result of QueryThirdpartyAlert (ZStack's `QueryThirdpartyAlertResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

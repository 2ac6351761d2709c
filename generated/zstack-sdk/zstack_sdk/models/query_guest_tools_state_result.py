"""Result models: QueryGuestToolsStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryGuestToolsStateResult",
]


class QueryGuestToolsStateResult(ZStackModel):
    """The result of QueryGuestToolsState (ZStack's `QueryGuestToolsStateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

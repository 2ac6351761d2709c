"""Result models: QueryFiberChannelLunResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryFiberChannelLunResult",
]


class QueryFiberChannelLunResult(ZStackModel):
    """The result of QueryFiberChannelLun (ZStack's `QueryFiberChannelLunResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

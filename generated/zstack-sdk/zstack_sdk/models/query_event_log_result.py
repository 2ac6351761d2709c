"""Result models: QueryEventLogResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_log_inventory import EventLogInventory

__all__ = [
    "QueryEventLogResult",
]


class QueryEventLogResult(ZStackModel):
    """The result of QueryEventLog (ZStack's `QueryEventLogResult`)."""

    error: ErrorCode | None = None

    inventories: list[EventLogInventory] | None = None

    total: int | None = None

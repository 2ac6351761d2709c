"""Result models: QueryTicketHistoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ticket_status_history_inventory import TicketStatusHistoryInventory

__all__ = [
    "QueryTicketHistoryResult",
]


class QueryTicketHistoryResult(ZStackModel):
    """The result of QueryTicketHistory (ZStack's `QueryTicketHistoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventories: list[TicketStatusHistoryInventory] | None = None
    """详情参考inventories (since 3.0.0)"""

    total: int | None = None

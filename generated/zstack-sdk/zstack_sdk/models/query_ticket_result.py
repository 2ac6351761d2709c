"""Result models: QueryTicketResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ticket_inventory import TicketInventory

__all__ = [
    "QueryTicketResult",
]


class QueryTicketResult(ZStackModel):
    """The result of QueryTicket (ZStack's `QueryTicketResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventories: list[TicketInventory] | None = None
    """详情参考inventories (since 3.0.0)"""

    total: int | None = None

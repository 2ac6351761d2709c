"""Result models: TicketHistoryInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .ticket_status import TicketStatus

__all__ = [
    "TicketHistoryInventory",
]


class TicketHistoryInventory(ZStackModel):
    """The ``TicketHistoryInventory`` structure."""

    comment: str | None = None
    """comment (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    from_status: TicketStatus | None = None
    """详情参考fromStatus (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    operation_context: dict[str, Any] | None = None
    """operationContext (since 3.0.0)"""

    operation_context_type: str | None = None
    """operationContextType (since 3.0.0)"""

    operator_type: str | None = None
    """operatorType (since 3.0.0)"""

    operator_uuid: str | None = None
    """operatorUuid (since 3.0.0)"""

    ticket_uuid: str | None = None
    """ticketUuid (since 3.0.0)"""

    to_status: TicketStatus | None = None
    """详情参考toStatus (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

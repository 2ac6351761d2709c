"""Result models: TicketStatusHistoryInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TicketStatusHistoryInventory",
]


class TicketStatusHistoryInventory(ZStackModel):
    """ZStack's `TicketStatusHistoryInventory`."""

    comment: str | None = None
    """comment (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    flow_name: str | None = None

    from_status: (
        Literal["Pending", "Cancelled", "IntermediateApproved", "FinalApproved", "Rejected"]
        | str
        | None
    ) = None
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

    sequence: int | None = None

    ticket_uuid: str | None = None
    """ticketUuid (since 3.0.0)"""

    to_status: (
        Literal["Pending", "Cancelled", "IntermediateApproved", "FinalApproved", "Rejected"]
        | str
        | None
    ) = None
    """详情参考toStatus (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

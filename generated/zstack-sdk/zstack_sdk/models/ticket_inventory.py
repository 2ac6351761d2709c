"""Result models: TicketInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .ticket_request import TicketRequest

__all__ = [
    "TicketInventory",
]


class TicketInventory(ZStackModel):
    """ZStack's `TicketInventory`."""

    account_system_context: Any | None = None
    """Any JSON value (the docs do not give its type). (since 3.0.0)"""

    account_system_type: str | None = None
    """accountSystemType (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    current_flow_uuid: str | None = None
    """currentFlowUuid (since 3.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.0.0)"""

    flow_collection_uuid: str | None = None
    """flowCollectionUuid (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    request: list[TicketRequest] | None = None
    """详情参考request (since 3.0.0)"""

    status: (
        Literal["Pending", "Cancelled", "IntermediateApproved", "FinalApproved", "Rejected"]
        | str
        | None
    ) = None
    """详情参考status (since 3.0.0)"""

    ticket_type_uuid: str | None = None
    """工单类型UUID (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

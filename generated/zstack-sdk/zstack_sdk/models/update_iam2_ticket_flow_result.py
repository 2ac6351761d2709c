"""Result models: UpdateIAM2TicketFlowResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ticket_flow_inventory import TicketFlowInventory

__all__ = [
    "UpdateIAM2TicketFlowResult",
]


class UpdateIAM2TicketFlowResult(ZStackModel):
    """The result of UpdateIAM2TicketFlow (ZStack's `UpdateIAM2TicketFlowResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventory: TicketFlowInventory | None = None
    """详情参考inventory (since 3.0.0)"""

"""Result models: CreateIAM2TickFlowCollectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ticket_flow_collection_inventory import TicketFlowCollectionInventory

__all__ = [
    "CreateIAM2TickFlowCollectionResult",
]


class CreateIAM2TickFlowCollectionResult(ZStackModel):
    """The result of CreateIAM2TickFlowCollection (ZStack's `CreateTickFlowCollectionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventory: TicketFlowCollectionInventory | None = None
    """详情参考inventory (since 3.0.0)"""

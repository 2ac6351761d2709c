"""Result models: TicketFlowInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TicketFlowInventory",
]


class TicketFlowInventory(ZStackModel):
    """ZStack's `TicketFlowInventory`."""

    collection_uuid: str | None = None
    """collectionUuid (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.0.0)"""

    flow_context: str | None = None
    """flowContext (since 3.0.0)"""

    flow_context_type: str | None = None
    """flowContextType (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    parent_flow_uuid: str | None = None
    """parentFlowUuid (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

"""Result models: TicketFlowCollectionInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .ticket_flow_inventory import TicketFlowInventory

__all__ = [
    "TicketFlowCollectionInventory",
]


class TicketFlowCollectionInventory(ZStackModel):
    """ZStack's `TicketFlowCollectionInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.0.0)"""

    flows: list[TicketFlowInventory] | None = None
    """详情参考flows (since 3.0.0)"""

    is_default: bool | None = None
    """isDefault (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    state: str | None = None
    """state (since 3.0.0)"""

    status: str | None = None
    """status (since 3.0.0)"""

    ticket_type_uuids: list[Any] | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""

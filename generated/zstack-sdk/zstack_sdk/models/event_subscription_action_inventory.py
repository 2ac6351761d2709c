"""Result models: EventSubscriptionActionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EventSubscriptionActionInventory",
]


class EventSubscriptionActionInventory(ZStackModel):
    """ZStack's `EventSubscriptionActionInventory`."""

    action_type: str | None = None
    """动作类型 (since 2.3.1)"""

    action_uuid: str | None = None
    """动作UUID (since 2.3.1)"""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    subscription_uuid: str | None = None
    """事件订阅UUID (since 2.3.1)"""

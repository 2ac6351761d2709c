"""Result models: EventSubscriptionInventoryAction (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "EventSubscriptionInventoryAction",
]


class EventSubscriptionInventoryAction(ZStackModel):
    """The ``EventSubscriptionInventoryAction`` structure."""

    action_type: str | None = None
    """动作类型 (since 2.3.1)"""

    action_uuid: str | None = None
    """动作UUID (since 2.3.1)"""

    subscription_uuid: str | None = None
    """事件订阅UUID (since 2.3.1)"""

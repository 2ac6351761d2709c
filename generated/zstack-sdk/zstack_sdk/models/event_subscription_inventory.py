"""Result models: EventSubscriptionInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .event_subscription_action_inventory import EventSubscriptionActionInventory

__all__ = [
    "EventSubscriptionInventory",
]


class EventSubscriptionInventory(ZStackModel):
    """ZStack's `EventSubscriptionInventory`."""

    actions: list[EventSubscriptionActionInventory] | None = None
    """详情参考actions (since 2.3.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3.1)"""

    emergency_level: str | None = None
    """报警等级 (since 3.8.0)"""

    event_name: str | None = None
    """事件名 (since 2.3.1)"""

    labels: list[Any] | None = None
    """详情参考labels (since 2.3.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3.1)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    namespace: str | None = None
    """名字空间 (since 2.3.1)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 2.3.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3.1)"""

"""Result models: SubscribeEventResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "SubscribeEventResult",
]


class SubscribeEventResult(ZStackModel):
    """The result of SubscribeEvent (ZStack's `SubscribeEventResult`)."""

    error: ErrorCode | None = None

    inventory: EventSubscriptionInventory | None = None

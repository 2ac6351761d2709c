"""Result models: AddActionToEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "AddActionToEventSubscriptionResult",
]


class AddActionToEventSubscriptionResult(ZStackModel):
    """The result of AddActionToEventSubscription (ZStack's `AddActionToEventSubscriptionResult`)."""

    error: ErrorCode | None = None

    inventory: EventSubscriptionInventory | None = None

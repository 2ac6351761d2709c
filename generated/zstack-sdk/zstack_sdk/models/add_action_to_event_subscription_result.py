"""Result models: AddActionToEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "AddActionToEventSubscriptionResult",
]


class AddActionToEventSubscriptionResult(ZStackModel):
    """The ``AddActionToEventSubscriptionResult`` structure."""

    inventory: EventSubscriptionInventory | None = None

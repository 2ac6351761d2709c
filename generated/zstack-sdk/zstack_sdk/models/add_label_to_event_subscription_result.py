"""Result models: AddLabelToEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .event_subscription_label_inventory import EventSubscriptionLabelInventory

__all__ = [
    "AddLabelToEventSubscriptionResult",
]


class AddLabelToEventSubscriptionResult(ZStackModel):
    """The ``AddLabelToEventSubscriptionResult`` structure."""

    inventory: EventSubscriptionLabelInventory | None = None

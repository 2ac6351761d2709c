"""Result models: AddLabelToEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_label_inventory import EventSubscriptionLabelInventory

__all__ = [
    "AddLabelToEventSubscriptionResult",
]


class AddLabelToEventSubscriptionResult(ZStackModel):
    """The result of AddLabelToEventSubscription (ZStack's `AddLabelToEventSubscriptionResult`)."""

    error: ErrorCode | None = None

    inventory: EventSubscriptionLabelInventory | None = None

"""Result models: ChangeEventSubscriptionStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "ChangeEventSubscriptionStateResult",
]


class ChangeEventSubscriptionStateResult(ZStackModel):
    """The result of ChangeEventSubscriptionState (ZStack's `ChangeEventSubscriptionStateResult`)."""

    error: ErrorCode | None = None

    inventory: EventSubscriptionInventory | None = None

"""Result models: AddActionToEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .event_subscription_inventory import EventSubscriptionInventory

__all__ = [
    "AddActionToEventSubscriptionResult",
]


class AddActionToEventSubscriptionResult(ZStackModel):
    """The ``AddActionToEventSubscriptionResult`` structure."""

    inventory: EventSubscriptionInventory | None = None

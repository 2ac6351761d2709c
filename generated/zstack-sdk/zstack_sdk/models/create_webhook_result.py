"""Result models: CreateWebhookResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .webhook_inventory import WebhookInventory

__all__ = [
    "CreateWebhookResult",
]


class CreateWebhookResult(ZStackModel):
    """The ``CreateWebhookResult`` structure."""

    inventory: WebhookInventory | None = None

"""Result models: CreateWebhookResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .webhook_inventory import WebhookInventory

__all__ = [
    "CreateWebhookResult",
]


class CreateWebhookResult(ZStackModel):
    """The result of CreateWebhook (ZStack's `CreateWebhookResult`)."""

    error: ErrorCode | None = None

    inventory: WebhookInventory | None = None

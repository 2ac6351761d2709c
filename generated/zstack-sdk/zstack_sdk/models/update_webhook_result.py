"""Result models: UpdateWebhookResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .webhook_inventory import WebhookInventory

__all__ = [
    "UpdateWebhookResult",
]


class UpdateWebhookResult(ZStackModel):
    """The result of UpdateWebhook (ZStack's `UpdateWebhookResult`)."""

    error: ErrorCode | None = None

    inventory: WebhookInventory | None = None

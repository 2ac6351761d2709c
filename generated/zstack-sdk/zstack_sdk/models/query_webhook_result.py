"""Result models: QueryWebhookResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .webhook_inventory import WebhookInventory

__all__ = [
    "QueryWebhookResult",
]


class QueryWebhookResult(ZStackModel):
    """The result of QueryWebhook (ZStack's `QueryWebhookResult`)."""

    error: ErrorCode | None = None

    inventories: list[WebhookInventory] | None = None

    total: int | None = None

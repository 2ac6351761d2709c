"""Result models: DeleteWebhookResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteWebhookResult",
]


class DeleteWebhookResult(ZStackModel):
    """The result of DeleteWebhook (ZStack's `DeleteWebhookResult`)."""

    error: ErrorCode | None = None

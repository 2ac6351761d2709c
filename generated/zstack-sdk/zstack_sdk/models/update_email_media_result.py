"""Result models: UpdateEmailMediaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .email_media_inventory import EmailMediaInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEmailMediaResult",
]


class UpdateEmailMediaResult(ZStackModel):
    """The result of UpdateEmailMedia (ZStack's `UpdateEmailMediaResult`)."""

    error: ErrorCode | None = None

    inventory: EmailMediaInventory | None = None

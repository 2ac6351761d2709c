"""Result models: UpdateEmailMediaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .email_media_inventory import EmailMediaInventory

__all__ = [
    "UpdateEmailMediaResult",
]


class UpdateEmailMediaResult(ZStackModel):
    """The ``UpdateEmailMediaResult`` structure."""

    inventory: EmailMediaInventory | None = None

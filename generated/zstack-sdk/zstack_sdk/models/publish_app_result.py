"""Result models: PublishAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .publish_app_inventory import PublishAppInventory

__all__ = [
    "PublishAppResult",
]


class PublishAppResult(ZStackModel):
    """The ``PublishAppResult`` structure."""

    inventory: PublishAppInventory | None = None

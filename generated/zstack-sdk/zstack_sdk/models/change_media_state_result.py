"""Result models: ChangeMediaStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .media_inventory import MediaInventory

__all__ = [
    "ChangeMediaStateResult",
]


class ChangeMediaStateResult(ZStackModel):
    """The ``ChangeMediaStateResult`` structure."""

    inventory: MediaInventory | None = None

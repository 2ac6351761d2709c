"""Result models: CreateResourceStackFromAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .resource_stack_inventory import ResourceStackInventory

__all__ = [
    "CreateResourceStackFromAppResult",
]


class CreateResourceStackFromAppResult(ZStackModel):
    """The ``CreateResourceStackFromAppResult`` structure."""

    inventory: ResourceStackInventory | None = None

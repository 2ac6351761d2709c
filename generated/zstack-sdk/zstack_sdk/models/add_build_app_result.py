"""Result models: AddBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_application_inventory import BuildApplicationInventory

__all__ = [
    "AddBuildAppResult",
]


class AddBuildAppResult(ZStackModel):
    """The ``AddBuildAppResult`` structure."""

    inventory: BuildApplicationInventory | None = None

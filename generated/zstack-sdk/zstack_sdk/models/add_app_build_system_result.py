"""Result models: AddAppBuildSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_inventory import AppBuildSystemInventory

__all__ = [
    "AddAppBuildSystemResult",
]


class AddAppBuildSystemResult(ZStackModel):
    """The ``AddAppBuildSystemResult`` structure."""

    inventory: AppBuildSystemInventory | None = None

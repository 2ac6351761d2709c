"""Result models: AddLogConfigurationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .json_label_inventory import JsonLabelInventory

__all__ = [
    "AddLogConfigurationResult",
]


class AddLogConfigurationResult(ZStackModel):
    """The ``AddLogConfigurationResult`` structure."""

    inventory: JsonLabelInventory | None = None

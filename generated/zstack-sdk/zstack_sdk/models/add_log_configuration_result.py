"""Result models: AddLogConfigurationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .json_label_inventory import JsonLabelInventory

__all__ = [
    "AddLogConfigurationResult",
]


class AddLogConfigurationResult(ZStackModel):
    """The result of AddLogConfiguration (ZStack's `AddLogConfigurationResult`)."""

    error: ErrorCode | None = None

    inventory: JsonLabelInventory | None = None

"""Result models: UpdateLogConfigurationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .json_label_inventory import JsonLabelInventory

__all__ = [
    "UpdateLogConfigurationResult",
]


class UpdateLogConfigurationResult(ZStackModel):
    """The result of UpdateLogConfiguration (ZStack's `UpdateLogConfigurationResult`)."""

    error: ErrorCode | None = None

    inventory: JsonLabelInventory | None = None

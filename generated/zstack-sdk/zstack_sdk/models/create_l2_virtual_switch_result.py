"""Result models: CreateL2VirtualSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "CreateL2VirtualSwitchResult",
]


class CreateL2VirtualSwitchResult(ZStackModel):
    """The result of CreateL2VirtualSwitch (ZStack's `CreateL2VirtualSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: L2NetworkInventory | None = None

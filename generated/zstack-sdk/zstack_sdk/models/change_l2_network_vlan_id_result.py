"""Result models: ChangeL2NetworkVlanIdResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "ChangeL2NetworkVlanIdResult",
]


class ChangeL2NetworkVlanIdResult(ZStackModel):
    """The result of ChangeL2NetworkVlanId (ZStack's `ChangeL2NetworkVlanIdResult`)."""

    error: ErrorCode | None = None

    inventory: L2NetworkInventory | None = None

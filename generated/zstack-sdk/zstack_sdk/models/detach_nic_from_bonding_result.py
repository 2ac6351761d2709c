"""Result models: DetachNicFromBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_bonding_inventory import HostNetworkBondingInventory

__all__ = [
    "DetachNicFromBondingResult",
]


class DetachNicFromBondingResult(ZStackModel):
    """The result of DetachNicFromBonding (ZStack's `DetachNicFromBondingResult`)."""

    error: ErrorCode | None = None

    inventory: HostNetworkBondingInventory | None = None

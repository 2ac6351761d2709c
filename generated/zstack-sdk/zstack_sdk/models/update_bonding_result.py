"""Result models: UpdateBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_bonding_inventory import HostNetworkBondingInventory

__all__ = [
    "UpdateBondingResult",
]


class UpdateBondingResult(ZStackModel):
    """The result of UpdateBonding (ZStack's `UpdateBondingResult`)."""

    error: ErrorCode | None = None

    inventory: HostNetworkBondingInventory | None = None

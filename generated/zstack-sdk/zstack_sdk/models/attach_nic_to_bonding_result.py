"""Result models: AttachNicToBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_bonding_inventory import HostNetworkBondingInventory

__all__ = [
    "AttachNicToBondingResult",
]


class AttachNicToBondingResult(ZStackModel):
    """The result of AttachNicToBonding (ZStack's `AttachNicToBondingResult`)."""

    error: ErrorCode | None = None

    inventory: HostNetworkBondingInventory | None = None

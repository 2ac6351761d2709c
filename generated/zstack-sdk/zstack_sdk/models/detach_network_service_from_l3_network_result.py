"""Result models: DetachNetworkServiceFromL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "DetachNetworkServiceFromL3NetworkResult",
]


class DetachNetworkServiceFromL3NetworkResult(ZStackModel):
    """The result of DetachNetworkServiceFromL3Network (ZStack's `DetachNetworkServiceFromL3NetworkResult`)."""

    error: ErrorCode | None = None

    inventory: L3NetworkInventory | None = None

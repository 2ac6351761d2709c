"""Result models: AttachNetworkServiceToL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "AttachNetworkServiceToL3NetworkResult",
]


class AttachNetworkServiceToL3NetworkResult(ZStackModel):
    """The result of AttachNetworkServiceToL3Network (ZStack's `AttachNetworkServiceToL3NetworkResult`)."""

    error: ErrorCode | None = None

    inventory: L3NetworkInventory | None = None

"""Result models: UpdateHybridEipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_eip_address_inventory import HybridEipAddressInventory

__all__ = [
    "UpdateHybridEipResult",
]


class UpdateHybridEipResult(ZStackModel):
    """The result of UpdateHybridEip (ZStack's `UpdateHybridEipResult`)."""

    error: ErrorCode | None = None

    inventory: HybridEipAddressInventory | None = None

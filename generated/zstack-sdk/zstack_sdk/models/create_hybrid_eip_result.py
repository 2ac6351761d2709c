"""Result models: CreateHybridEipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_eip_address_inventory import HybridEipAddressInventory

__all__ = [
    "CreateHybridEipResult",
]


class CreateHybridEipResult(ZStackModel):
    """The result of CreateHybridEip (ZStack's `CreateHybridEipResult`)."""

    error: ErrorCode | None = None

    inventory: HybridEipAddressInventory | None = None

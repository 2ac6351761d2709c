"""Result models: AttachHybridEipToEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hybrid_eip_address_inventory import HybridEipAddressInventory

__all__ = [
    "AttachHybridEipToEcsResult",
]


class AttachHybridEipToEcsResult(ZStackModel):
    """The result of AttachHybridEipToEcs (ZStack's `AttachHybridEipToEcsResult`)."""

    error: ErrorCode | None = None

    inventory: HybridEipAddressInventory | None = None

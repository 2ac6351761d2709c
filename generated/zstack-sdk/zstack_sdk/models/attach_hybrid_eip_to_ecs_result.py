"""Result models: AttachHybridEipToEcsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .hybrid_eip_address_inventory import HybridEipAddressInventory

__all__ = [
    "AttachHybridEipToEcsResult",
]


class AttachHybridEipToEcsResult(ZStackModel):
    """The ``AttachHybridEipToEcsResult`` structure."""

    inventory: HybridEipAddressInventory | None = None

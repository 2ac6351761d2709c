"""Result models: AttachProvisionNicToBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory

__all__ = [
    "AttachProvisionNicToBondingResult",
]


class AttachProvisionNicToBondingResult(ZStackModel):
    """The ``AttachProvisionNicToBondingResult`` structure."""

    inventory: BareMetal2InstanceInventory | None = None

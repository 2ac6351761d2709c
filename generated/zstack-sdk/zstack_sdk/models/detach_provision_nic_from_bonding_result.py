"""Result models: DetachProvisionNicFromBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "DetachProvisionNicFromBondingResult",
]


class DetachProvisionNicFromBondingResult(ZStackModel):
    """The result of DetachProvisionNicFromBonding (ZStack's `DetachProvisionNicFromBondingResult`)."""

    error: ErrorCode | None = None

    inventory: BareMetal2InstanceInventory | None = None

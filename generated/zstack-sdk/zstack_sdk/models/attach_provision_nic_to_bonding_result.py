"""Result models: AttachProvisionNicToBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "AttachProvisionNicToBondingResult",
]


class AttachProvisionNicToBondingResult(ZStackModel):
    """The result of AttachProvisionNicToBonding (ZStack's `AttachProvisionNicToBondingResult`)."""

    error: ErrorCode | None = None

    inventory: BareMetal2InstanceInventory | None = None

"""Result models: UpdateBareMetal2ChassisPciDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_chassis_pci_device_inventory import BareMetal2ChassisPciDeviceInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBareMetal2ChassisPciDeviceResult",
]


class UpdateBareMetal2ChassisPciDeviceResult(ZStackModel):
    """The result of UpdateBareMetal2ChassisPciDevice (ZStack's `UpdateBareMetal2ChassisPciDeviceResult`)."""

    error: ErrorCode | None = None

    inventory: BareMetal2ChassisPciDeviceInventory | None = None

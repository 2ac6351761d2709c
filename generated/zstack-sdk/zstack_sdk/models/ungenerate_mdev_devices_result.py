"""Result models: UngenerateMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UngenerateMdevDevicesResult",
]


class UngenerateMdevDevicesResult(ZStackModel):
    """The result of UngenerateMdevDevices (ZStack's `UngenerateVirtualPciDevicesResult`)."""

    error: ErrorCode | None = None

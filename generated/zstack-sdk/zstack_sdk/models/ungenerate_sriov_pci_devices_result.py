"""Result models: UngenerateSriovPciDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UngenerateSriovPciDevicesResult",
]


class UngenerateSriovPciDevicesResult(ZStackModel):
    """The result of UngenerateSriovPciDevices (ZStack's `UngenerateVirtualPciDevicesResult`)."""

    error: ErrorCode | None = None

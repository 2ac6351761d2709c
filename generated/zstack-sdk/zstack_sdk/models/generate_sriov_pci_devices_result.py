"""Result models: GenerateSriovPciDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GenerateSriovPciDevicesResult",
]


class GenerateSriovPciDevicesResult(ZStackModel):
    """The result of GenerateSriovPciDevices (ZStack's `GenerateVirtualPciDevicesResult`)."""

    error: ErrorCode | None = None

"""Result models: GenerateMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GenerateMdevDevicesResult",
]


class GenerateMdevDevicesResult(ZStackModel):
    """The result of GenerateMdevDevices (ZStack's `GenerateVirtualPciDevicesResult`)."""

    error: ErrorCode | None = None

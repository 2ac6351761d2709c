"""Result models: UngenerateSeMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UngenerateSeMdevDevicesResult",
]


class UngenerateSeMdevDevicesResult(ZStackModel):
    """The result of UngenerateSeMdevDevices (ZStack's `UngenerateSeMdevDevicesResult`)."""

    error: ErrorCode | None = None

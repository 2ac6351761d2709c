"""Result models: UngenerateHygonMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UngenerateHygonMdevDevicesResult",
]


class UngenerateHygonMdevDevicesResult(ZStackModel):
    """The result of UngenerateHygonMdevDevices."""

    error: ErrorCode | None = None

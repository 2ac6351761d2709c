"""Result models: GenerateHygonMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GenerateHygonMdevDevicesResult",
]


class GenerateHygonMdevDevicesResult(ZStackModel):
    """The result of GenerateHygonMdevDevices."""

    error: ErrorCode | None = None

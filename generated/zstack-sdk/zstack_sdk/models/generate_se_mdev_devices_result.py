"""Result models: GenerateSeMdevDevicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GenerateSeMdevDevicesResult",
]


class GenerateSeMdevDevicesResult(ZStackModel):
    """The result of GenerateSeMdevDevices (ZStack's `GenerateSeMdevDevicesResult`)."""

    error: ErrorCode | None = None

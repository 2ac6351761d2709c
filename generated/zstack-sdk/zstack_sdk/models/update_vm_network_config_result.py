"""Result models: UpdateVmNetworkConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateVmNetworkConfigResult",
]


class UpdateVmNetworkConfigResult(ZStackModel):
    """The result of UpdateVmNetworkConfig (ZStack's `UpdateVmNetworkConfigResult`)."""

    error: ErrorCode | None = None

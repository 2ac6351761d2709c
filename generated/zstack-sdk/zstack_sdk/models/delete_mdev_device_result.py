"""Result models: DeleteMdevDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMdevDeviceResult",
]


class DeleteMdevDeviceResult(ZStackModel):
    """The result of DeleteMdevDevice (ZStack's `DeleteMdevDeviceResult`)."""

    error: ErrorCode | None = None

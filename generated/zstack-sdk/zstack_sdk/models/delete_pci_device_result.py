"""Result models: DeletePciDeviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePciDeviceResult",
]


class DeletePciDeviceResult(ZStackModel):
    """The result of DeletePciDevice (ZStack's `DeletePciDeviceResult`)."""

    error: ErrorCode | None = None

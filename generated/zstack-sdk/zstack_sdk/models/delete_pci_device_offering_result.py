"""Result models: DeletePciDeviceOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePciDeviceOfferingResult",
]


class DeletePciDeviceOfferingResult(ZStackModel):
    """The result of DeletePciDeviceOffering (ZStack's `DeletePciDeviceOfferingResult`)."""

    error: ErrorCode | None = None

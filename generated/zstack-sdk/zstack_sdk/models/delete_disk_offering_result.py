"""Result models: DeleteDiskOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteDiskOfferingResult",
]


class DeleteDiskOfferingResult(ZStackModel):
    """The result of DeleteDiskOffering (ZStack's `DeleteDiskOfferingResult`)."""

    error: ErrorCode | None = None

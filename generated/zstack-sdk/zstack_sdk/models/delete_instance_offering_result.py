"""Result models: DeleteInstanceOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteInstanceOfferingResult",
]


class DeleteInstanceOfferingResult(ZStackModel):
    """The result of DeleteInstanceOffering (ZStack's `DeleteInstanceOfferingResult`)."""

    error: ErrorCode | None = None

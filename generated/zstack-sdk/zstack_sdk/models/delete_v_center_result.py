"""Result models: DeleteVCenterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVCenterResult",
]


class DeleteVCenterResult(ZStackModel):
    """The result of DeleteVCenter (ZStack's `DeleteVCenterResult`)."""

    error: ErrorCode | None = None

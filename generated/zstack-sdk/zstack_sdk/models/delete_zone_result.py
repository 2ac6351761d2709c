"""Result models: DeleteZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteZoneResult",
]


class DeleteZoneResult(ZStackModel):
    """The result of DeleteZone (ZStack's `DeleteZoneResult`)."""

    error: ErrorCode | None = None

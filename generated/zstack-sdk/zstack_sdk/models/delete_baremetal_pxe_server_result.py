"""Result models: DeleteBaremetalPxeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBaremetalPxeServerResult",
]


class DeleteBaremetalPxeServerResult(ZStackModel):
    """The result of DeleteBaremetalPxeServer (ZStack's `DeleteBaremetalPxeServerResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBaremetalChassisResult",
]


class DeleteBaremetalChassisResult(ZStackModel):
    """The result of DeleteBaremetalChassis (ZStack's `DeleteBaremetalChassisResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteBareMetal2ChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBareMetal2ChassisResult",
]


class DeleteBareMetal2ChassisResult(ZStackModel):
    """The result of DeleteBareMetal2Chassis (ZStack's `DeleteBareMetal2ChassisResult`)."""

    error: ErrorCode | None = None

"""Result models: PowerOnBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PowerOnBaremetalChassisResult",
]


class PowerOnBaremetalChassisResult(ZStackModel):
    """The result of PowerOnBaremetalChassis (ZStack's `PowerOnBaremetalChassisResult`)."""

    error: ErrorCode | None = None

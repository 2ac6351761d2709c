"""Result models: PowerResetBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PowerResetBaremetalChassisResult",
]


class PowerResetBaremetalChassisResult(ZStackModel):
    """The result of PowerResetBaremetalChassis (ZStack's `PowerResetBaremetalChassisResult`)."""

    error: ErrorCode | None = None

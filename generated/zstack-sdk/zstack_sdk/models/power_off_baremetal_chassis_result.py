"""Result models: PowerOffBaremetalChassisResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PowerOffBaremetalChassisResult",
]


class PowerOffBaremetalChassisResult(ZStackModel):
    """The result of PowerOffBaremetalChassis (ZStack's `PowerOffBaremetalChassisResult`)."""

    error: ErrorCode | None = None

"""Result models: CheckBaremetalChassisConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckBaremetalChassisConfigFileResult",
]


class CheckBaremetalChassisConfigFileResult(ZStackModel):
    """The result of CheckBaremetalChassisConfigFile (ZStack's `CheckBaremetalChassisConfigFileResult`)."""

    error: ErrorCode | None = None

"""Result models: CheckBareMetal2IpmiChassisConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckBareMetal2IpmiChassisConfigFileResult",
]


class CheckBareMetal2IpmiChassisConfigFileResult(ZStackModel):
    """The result of CheckBareMetal2IpmiChassisConfigFile (ZStack's `CheckBareMetal2ChassisConfigFileResult`)."""

    error: ErrorCode | None = None

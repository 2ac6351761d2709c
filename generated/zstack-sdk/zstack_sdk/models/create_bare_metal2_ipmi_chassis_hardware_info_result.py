"""Result models: CreateBareMetal2IpmiChassisHardwareInfoResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CreateBareMetal2IpmiChassisHardwareInfoResult",
]


class CreateBareMetal2IpmiChassisHardwareInfoResult(ZStackModel):
    """The result of CreateBareMetal2IpmiChassisHardwareInfo (ZStack's `CreateBareMetal2ChassisHardwareResult`)."""

    error: ErrorCode | None = None

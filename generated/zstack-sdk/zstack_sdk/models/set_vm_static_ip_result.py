"""Result models: SetVmStaticIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmStaticIpResult",
]


class SetVmStaticIpResult(ZStackModel):
    """The result of SetVmStaticIp (ZStack's `SetVmStaticIpResult`)."""

    error: ErrorCode | None = None

"""Result models: SetVmSecurityLevelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmSecurityLevelResult",
]


class SetVmSecurityLevelResult(ZStackModel):
    """The result of SetVmSecurityLevel (ZStack's `SetVmSecurityLevelResult`)."""

    error: ErrorCode | None = None

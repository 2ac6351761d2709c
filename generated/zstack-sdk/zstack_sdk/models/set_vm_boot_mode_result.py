"""Result models: SetVmBootModeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmBootModeResult",
]


class SetVmBootModeResult(ZStackModel):
    """The result of SetVmBootMode (ZStack's `SetVmBootModeResult`)."""

    error: ErrorCode | None = None

"""Result models: SetVmEmulatorPinningResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmEmulatorPinningResult",
]


class SetVmEmulatorPinningResult(ZStackModel):
    """The result of SetVmEmulatorPinning (ZStack's `SetVmEmulatorPinningResult`)."""

    error: ErrorCode | None = None

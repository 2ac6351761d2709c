"""Result models: SetVmSoundTypeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmSoundTypeResult",
]


class SetVmSoundTypeResult(ZStackModel):
    """The result of SetVmSoundType (ZStack's `SetVmSoundTypeResult`)."""

    error: ErrorCode | None = None

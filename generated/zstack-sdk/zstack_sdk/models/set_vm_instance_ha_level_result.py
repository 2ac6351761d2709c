"""Result models: SetVmInstanceHaLevelResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmInstanceHaLevelResult",
]


class SetVmInstanceHaLevelResult(ZStackModel):
    """The result of SetVmInstanceHaLevel (ZStack's `SetVmInstanceHaLevelResult`)."""

    error: ErrorCode | None = None

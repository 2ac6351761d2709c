"""Result models: SetVmNumaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmNumaResult",
]


class SetVmNumaResult(ZStackModel):
    """The result of SetVmNuma (ZStack's `SetVmNumaResult`)."""

    error: ErrorCode | None = None

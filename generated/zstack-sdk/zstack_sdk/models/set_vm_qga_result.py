"""Result models: SetVmQgaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmQgaResult",
]


class SetVmQgaResult(ZStackModel):
    """The result of SetVmQga (ZStack's `SetVmQgaResult`)."""

    error: ErrorCode | None = None

"""Result models: SetVmRDPResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmRDPResult",
]


class SetVmRDPResult(ZStackModel):
    """The result of SetVmRDP (ZStack's `SetVmRDPResult`)."""

    error: ErrorCode | None = None

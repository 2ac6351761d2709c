"""Result models: SetVmCleanTrafficResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmCleanTrafficResult",
]


class SetVmCleanTrafficResult(ZStackModel):
    """The result of SetVmCleanTraffic (ZStack's `SetVmCleanTrafficResult`)."""

    error: ErrorCode | None = None

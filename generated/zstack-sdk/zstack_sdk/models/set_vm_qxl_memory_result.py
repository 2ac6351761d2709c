"""Result models: SetVmQxlMemoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmQxlMemoryResult",
]


class SetVmQxlMemoryResult(ZStackModel):
    """The result of SetVmQxlMemory (ZStack's `SetVmQxlMemoryResult`)."""

    error: ErrorCode | None = None

"""Result models: FstrimVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "FstrimVmResult",
]


class FstrimVmResult(ZStackModel):
    """The result of FstrimVm (ZStack's `FstrimVmResult`)."""

    error: ErrorCode | None = None

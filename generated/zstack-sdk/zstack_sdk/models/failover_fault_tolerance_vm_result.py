"""Result models: FailoverFaultToleranceVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "FailoverFaultToleranceVmResult",
]


class FailoverFaultToleranceVmResult(ZStackModel):
    """The result of FailoverFaultToleranceVm (ZStack's `FailoverFaultToleranceVmResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMonitorGroupResult",
]


class DeleteMonitorGroupResult(ZStackModel):
    """The result of DeleteMonitorGroup (ZStack's `DeleteMonitorGroupResult`)."""

    error: ErrorCode | None = None

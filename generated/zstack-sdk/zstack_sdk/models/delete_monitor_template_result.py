"""Result models: DeleteMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMonitorTemplateResult",
]


class DeleteMonitorTemplateResult(ZStackModel):
    """The result of DeleteMonitorTemplate (ZStack's `DeleteMonitorTemplateResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteSchedulerJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSchedulerJobResult",
]


class DeleteSchedulerJobResult(ZStackModel):
    """The result of DeleteSchedulerJob (ZStack's `DeleteSchedulerJobResult`)."""

    error: ErrorCode | None = None

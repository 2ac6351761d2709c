"""Result models: DeleteLogSeverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLogSeverResult",
]


class DeleteLogSeverResult(ZStackModel):
    """The result of DeleteLogSever."""

    error: ErrorCode | None = None

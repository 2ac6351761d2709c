"""Result models: DeleteCbtTaskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCbtTaskResult",
]


class DeleteCbtTaskResult(ZStackModel):
    """The result of DeleteCbtTask."""

    error: ErrorCode | None = None

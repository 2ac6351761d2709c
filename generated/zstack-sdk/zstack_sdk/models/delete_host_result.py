"""Result models: DeleteHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHostResult",
]


class DeleteHostResult(ZStackModel):
    """The result of DeleteHost (ZStack's `DeleteHostResult`)."""

    error: ErrorCode | None = None

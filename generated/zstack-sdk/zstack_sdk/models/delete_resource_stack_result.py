"""Result models: DeleteResourceStackResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteResourceStackResult",
]


class DeleteResourceStackResult(ZStackModel):
    """The result of DeleteResourceStack (ZStack's `DeleteResourceStackResult`)."""

    error: ErrorCode | None = None

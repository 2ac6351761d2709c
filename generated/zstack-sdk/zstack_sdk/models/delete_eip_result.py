"""Result models: DeleteEipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEipResult",
]


class DeleteEipResult(ZStackModel):
    """The result of DeleteEip (ZStack's `DeleteEipResult`)."""

    error: ErrorCode | None = None

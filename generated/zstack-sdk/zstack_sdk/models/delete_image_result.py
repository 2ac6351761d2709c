"""Result models: DeleteImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteImageResult",
]


class DeleteImageResult(ZStackModel):
    """The result of DeleteImage (ZStack's `DeleteImageResult`)."""

    error: ErrorCode | None = None

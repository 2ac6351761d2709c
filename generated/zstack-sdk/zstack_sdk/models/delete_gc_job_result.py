"""Result models: DeleteGCJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteGCJobResult",
]


class DeleteGCJobResult(ZStackModel):
    """The result of DeleteGCJob (ZStack's `DeleteGCJobResult`)."""

    error: ErrorCode | None = None

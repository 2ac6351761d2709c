"""Result models: DeleteLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLongJobResult",
]


class DeleteLongJobResult(ZStackModel):
    """The result of DeleteLongJob (ZStack's `DeleteLongJobResult`)."""

    error: ErrorCode | None = None

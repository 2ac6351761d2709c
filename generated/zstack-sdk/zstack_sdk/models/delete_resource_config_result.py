"""Result models: DeleteResourceConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteResourceConfigResult",
]


class DeleteResourceConfigResult(ZStackModel):
    """The result of DeleteResourceConfig (ZStack's `DeleteResourceConfigResult`)."""

    error: ErrorCode | None = None

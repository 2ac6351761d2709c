"""Result models: DeleteMediaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMediaResult",
]


class DeleteMediaResult(ZStackModel):
    """The result of DeleteMedia (ZStack's `DeleteMediaResult`)."""

    error: ErrorCode | None = None

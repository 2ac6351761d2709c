"""Result models: DeleteAccessKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAccessKeyResult",
]


class DeleteAccessKeyResult(ZStackModel):
    """The result of DeleteAccessKey (ZStack's `DeleteAccessKeyResult`)."""

    error: ErrorCode | None = None

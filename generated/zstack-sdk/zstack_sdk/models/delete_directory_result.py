"""Result models: DeleteDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteDirectoryResult",
]


class DeleteDirectoryResult(ZStackModel):
    """The result of DeleteDirectory (ZStack's `DeleteDirectoryResult`)."""

    error: ErrorCode | None = None

"""Result models: MoveDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "MoveDirectoryResult",
]


class MoveDirectoryResult(ZStackModel):
    """The result of MoveDirectory (ZStack's `MoveDirectoryResult`)."""

    error: ErrorCode | None = None

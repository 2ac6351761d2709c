"""Result models: MoveResourcesToDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "MoveResourcesToDirectoryResult",
]


class MoveResourcesToDirectoryResult(ZStackModel):
    """The result of MoveResourcesToDirectory (ZStack's `MoveResourcesToDirectoryResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNasFileSystemResult",
]


class DeleteNasFileSystemResult(ZStackModel):
    """The result of DeleteNasFileSystem (ZStack's `DeleteNasFileSystemResult`)."""

    error: ErrorCode | None = None

"""Result models: DeletePrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePrimaryStorageResult",
]


class DeletePrimaryStorageResult(ZStackModel):
    """The result of DeletePrimaryStorage (ZStack's `DeletePrimaryStorageResult`)."""

    error: ErrorCode | None = None

"""Result models: CleanUpTrashOnBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .clean_trash_result import CleanTrashResult
from .error_code import ErrorCode
from .trash_cleanup_result import TrashCleanupResult

__all__ = [
    "CleanUpTrashOnBackupStorageResult",
]


class CleanUpTrashOnBackupStorageResult(ZStackModel):
    """The result of CleanUpTrashOnBackupStorage (ZStack's `CleanUpTrashOnBackupStorageResult`)."""

    error: ErrorCode | None = None

    result: CleanTrashResult | None = None

    results: list[TrashCleanupResult] | None = None

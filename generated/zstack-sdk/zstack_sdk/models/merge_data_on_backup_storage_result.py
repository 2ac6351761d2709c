"""Result models: MergeDataOnBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "MergeDataOnBackupStorageResult",
]


class MergeDataOnBackupStorageResult(ZStackModel):
    """The result of MergeDataOnBackupStorage (ZStack's `MergeDataOnBackupStorageResult`)."""

    error: ErrorCode | None = None

"""Result models: CleanUpTrashOnBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .clean_trash_result import CleanTrashResult

__all__ = [
    "CleanUpTrashOnBackupStorageResult",
]


class CleanUpTrashOnBackupStorageResult(ZStackModel):
    """The ``CleanUpTrashOnBackupStorageResult`` structure."""

    result: CleanTrashResult | None = None

    results: list[Any] | None = None

"""Result models: QueryZBoxBackupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryZBoxBackupResult",
]


class QueryZBoxBackupResult(ZStackModel):
    """The result of QueryZBoxBackup (ZStack's `QueryZBoxBackupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

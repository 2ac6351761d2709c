"""Result models: QueryExternalBackupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryExternalBackupResult",
]


class QueryExternalBackupResult(ZStackModel):
    """The result of QueryExternalBackup (ZStack's `QueryExternalBackupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

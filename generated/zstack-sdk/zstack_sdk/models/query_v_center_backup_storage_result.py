"""Result models: QueryVCenterBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVCenterBackupStorageResult",
]


class QueryVCenterBackupStorageResult(ZStackModel):
    """The result of QueryVCenterBackupStorage (ZStack's `QueryVCenterBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

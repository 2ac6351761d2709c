"""Result models: QueryDRSVmMigrationActivityResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryDRSVmMigrationActivityResult",
]


class QueryDRSVmMigrationActivityResult(ZStackModel):
    """The result of QueryDRSVmMigrationActivity (ZStack's `QueryDRSVmMigrationActivityResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

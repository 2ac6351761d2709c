"""Result models: QueryBuildAppExportHistoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryBuildAppExportHistoryResult",
]


class QueryBuildAppExportHistoryResult(ZStackModel):
    """The result of QueryBuildAppExportHistory (ZStack's `QueryBuildAppExportHistoryResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

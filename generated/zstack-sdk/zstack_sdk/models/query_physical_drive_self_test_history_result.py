"""Result models: QueryPhysicalDriveSelfTestHistoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryPhysicalDriveSelfTestHistoryResult",
]


class QueryPhysicalDriveSelfTestHistoryResult(ZStackModel):
    """The result of QueryPhysicalDriveSelfTestHistory (ZStack's `QueryPhysicalDriveSelfTestHistoryResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryAliyunSnapshotFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunSnapshotFromLocalResult",
]


class QueryAliyunSnapshotFromLocalResult(ZStackModel):
    """The result of QueryAliyunSnapshotFromLocal (ZStack's `QueryAliyunSnapshotFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

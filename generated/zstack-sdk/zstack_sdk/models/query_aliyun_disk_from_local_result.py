"""Result models: QueryAliyunDiskFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunDiskFromLocalResult",
]


class QueryAliyunDiskFromLocalResult(ZStackModel):
    """The result of QueryAliyunDiskFromLocal (ZStack's `QueryAliyunDiskFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

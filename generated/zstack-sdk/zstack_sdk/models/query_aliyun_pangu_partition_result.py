"""Result models: QueryAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunPanguPartitionResult",
]


class QueryAliyunPanguPartitionResult(ZStackModel):
    """The result of QueryAliyunPanguPartition (ZStack's `QueryAliyunPanguPartitionResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

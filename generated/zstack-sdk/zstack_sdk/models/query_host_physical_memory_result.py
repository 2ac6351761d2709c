"""Result models: QueryHostPhysicalMemoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryHostPhysicalMemoryResult",
]


class QueryHostPhysicalMemoryResult(ZStackModel):
    """The result of QueryHostPhysicalMemory (ZStack's `QueryHostPhysicalMemoryResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryImageReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryImageReplicationGroupResult",
]


class QueryImageReplicationGroupResult(ZStackModel):
    """The result of QueryImageReplicationGroup (ZStack's `QueryImageReplicationGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

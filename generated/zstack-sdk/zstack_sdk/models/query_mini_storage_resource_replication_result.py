"""Result models: QueryMiniStorageResourceReplicationResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMiniStorageResourceReplicationResult",
]


class QueryMiniStorageResourceReplicationResult(ZStackModel):
    """The result of QueryMiniStorageResourceReplication (ZStack's `QueryMiniStorageResourceReplicationResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

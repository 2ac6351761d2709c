"""Result models: QueryVCenterPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVCenterPrimaryStorageResult",
]


class QueryVCenterPrimaryStorageResult(ZStackModel):
    """The result of QueryVCenterPrimaryStorage (ZStack's `QueryVCenterPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

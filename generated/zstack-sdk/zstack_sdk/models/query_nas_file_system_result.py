"""Result models: QueryNasFileSystemResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryNasFileSystemResult",
]


class QueryNasFileSystemResult(ZStackModel):
    """The result of QueryNasFileSystem (ZStack's `QueryNasFileSystemResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryBlockVolumeResult",
]


class QueryBlockVolumeResult(ZStackModel):
    """The result of QueryBlockVolume (ZStack's `QueryBlockVolumeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

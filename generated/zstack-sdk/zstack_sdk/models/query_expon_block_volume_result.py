"""Result models: QueryExponBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryExponBlockVolumeResult",
]


class QueryExponBlockVolumeResult(ZStackModel):
    """The result of QueryExponBlockVolume (ZStack's `QueryExponBlockVolumeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

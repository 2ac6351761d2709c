"""Result models: QueryXskyBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryXskyBlockVolumeResult",
]


class QueryXskyBlockVolumeResult(ZStackModel):
    """The result of QueryXskyBlockVolume (ZStack's `QueryXskyBlockVolumeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

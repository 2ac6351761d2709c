"""Result models: BatchQueryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BatchQueryResult",
]


class BatchQueryResult(ZStackModel):
    """The result of BatchQuery (ZStack's `BatchQueryResult`)."""

    error: ErrorCode | None = None

    result: dict[str, Any] | None = None

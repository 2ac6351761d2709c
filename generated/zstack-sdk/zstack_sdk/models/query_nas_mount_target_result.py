"""Result models: QueryNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryNasMountTargetResult",
]


class QueryNasMountTargetResult(ZStackModel):
    """The result of QueryNasMountTarget (ZStack's `QueryNasMountTargetResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

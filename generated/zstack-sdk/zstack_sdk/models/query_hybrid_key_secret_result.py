"""Result models: QueryHybridKeySecretResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryHybridKeySecretResult",
]


class QueryHybridKeySecretResult(ZStackModel):
    """The result of QueryHybridKeySecret (ZStack's `QueryHybridKeySecretResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QuerySecretResourcePoolResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySecretResourcePoolResult",
]


class QuerySecretResourcePoolResult(ZStackModel):
    """The result of QuerySecretResourcePool (ZStack's `QuerySecretResourcePoolResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

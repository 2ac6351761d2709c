"""Result models: QueryThirdpartyPlatformResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryThirdpartyPlatformResult",
]


class QueryThirdpartyPlatformResult(ZStackModel):
    """The result of QueryThirdpartyPlatform (ZStack's `QueryThirdpartyPlatformResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

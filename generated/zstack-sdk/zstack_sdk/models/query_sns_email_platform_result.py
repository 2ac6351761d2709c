"""Result models: QuerySNSEmailPlatformResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSEmailPlatformResult",
]


class QuerySNSEmailPlatformResult(ZStackModel):
    """The result of QuerySNSEmailPlatform (ZStack's `QuerySNSEmailPlatformResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

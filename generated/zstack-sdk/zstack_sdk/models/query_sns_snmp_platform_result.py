"""Result models: QuerySNSSnmpPlatformResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySNSSnmpPlatformResult",
]


class QuerySNSSnmpPlatformResult(ZStackModel):
    """The result of QuerySNSSnmpPlatform (ZStack's `QuerySNSEmailPlatformResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryAuditResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAuditResult",
]


class QueryAuditResult(ZStackModel):
    """The result of QueryAudit (ZStack's `QueryAuditResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

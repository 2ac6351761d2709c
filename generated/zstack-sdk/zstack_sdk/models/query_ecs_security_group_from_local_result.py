"""Result models: QueryEcsSecurityGroupFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsSecurityGroupFromLocalResult",
]


class QueryEcsSecurityGroupFromLocalResult(ZStackModel):
    """The result of QueryEcsSecurityGroupFromLocal (ZStack's `QueryEcsSecurityGroupFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

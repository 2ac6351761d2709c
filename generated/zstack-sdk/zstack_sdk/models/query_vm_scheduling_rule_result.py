"""Result models: QueryVmSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVmSchedulingRuleResult",
]


class QueryVmSchedulingRuleResult(ZStackModel):
    """The result of QueryVmSchedulingRule (ZStack's `QueryVmSchedulingRuleResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryVmSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVmSchedulingRuleGroupResult",
]


class QueryVmSchedulingRuleGroupResult(ZStackModel):
    """The result of QueryVmSchedulingRuleGroup (ZStack's `QueryVmSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

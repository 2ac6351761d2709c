"""Result models: QueryHostSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryHostSchedulingRuleGroupResult",
]


class QueryHostSchedulingRuleGroupResult(ZStackModel):
    """The result of QueryHostSchedulingRuleGroup (ZStack's `QueryHostSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryEcsSecurityGroupRuleFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsSecurityGroupRuleFromLocalResult",
]


class QueryEcsSecurityGroupRuleFromLocalResult(ZStackModel):
    """The result of QueryEcsSecurityGroupRuleFromLocal (ZStack's `QueryEcsSecurityGroupRuleFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMetricRuleTemplateResult",
]


class QueryMetricRuleTemplateResult(ZStackModel):
    """The result of QueryMetricRuleTemplate (ZStack's `QueryMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

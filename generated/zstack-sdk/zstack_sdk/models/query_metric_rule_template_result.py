"""Result models: QueryMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMetricRuleTemplateResult",
]


class QueryMetricRuleTemplateResult(ZStackModel):
    """The result of QueryMetricRuleTemplate (ZStack's `QueryMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

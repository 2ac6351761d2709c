"""Result models: QueryEventRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEventRuleTemplateResult",
]


class QueryEventRuleTemplateResult(ZStackModel):
    """The result of QueryEventRuleTemplate (ZStack's `QueryEventRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

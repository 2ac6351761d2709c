"""Result models: DeleteMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricRuleTemplateResult",
]


class DeleteMetricRuleTemplateResult(ZStackModel):
    """The result of DeleteMetricRuleTemplate (ZStack's `DeleteMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

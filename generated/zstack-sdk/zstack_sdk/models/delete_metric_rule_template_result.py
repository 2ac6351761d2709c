"""Result models: DeleteMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricRuleTemplateResult",
]


class DeleteMetricRuleTemplateResult(ZStackModel):
    """The result of DeleteMetricRuleTemplate (ZStack's `DeleteMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteMetricTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricTemplateResult",
]


class DeleteMetricTemplateResult(ZStackModel):
    """The result of DeleteMetricTemplate (ZStack's `DeleteMetricTemplateResult`)."""

    error: ErrorCode | None = None

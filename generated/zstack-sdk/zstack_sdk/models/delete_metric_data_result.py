"""Result models: DeleteMetricDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricDataResult",
]


class DeleteMetricDataResult(ZStackModel):
    """The result of DeleteMetricData (ZStack's `DeleteMetricDataResult`)."""

    error: ErrorCode | None = None

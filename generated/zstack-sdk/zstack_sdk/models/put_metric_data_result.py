"""Result models: PutMetricDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PutMetricDataResult",
]


class PutMetricDataResult(ZStackModel):
    """The result of PutMetricData (ZStack's `PutMetricDataResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteMetricDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricDataResult",
]


class DeleteMetricDataResult(ZStackModel):
    """The result of DeleteMetricData (ZStack's `DeleteMetricDataResult`)."""

    error: ErrorCode | None = None

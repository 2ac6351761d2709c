"""Result models: DeleteFlowMeterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFlowMeterResult",
]


class DeleteFlowMeterResult(ZStackModel):
    """The result of DeleteFlowMeter (ZStack's `DeleteFlowMeterResult`)."""

    error: ErrorCode | None = None

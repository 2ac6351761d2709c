"""Result models: DeleteMetricDataHttpReceiverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMetricDataHttpReceiverResult",
]


class DeleteMetricDataHttpReceiverResult(ZStackModel):
    """The result of DeleteMetricDataHttpReceiver (ZStack's `DeleteMetricDataHttpReceiverResult`)."""

    error: ErrorCode | None = None

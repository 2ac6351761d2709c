"""Result models: DeleteFlowCollectorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFlowCollectorResult",
]


class DeleteFlowCollectorResult(ZStackModel):
    """The result of DeleteFlowCollector (ZStack's `DeleteFlowCollectorResult`)."""

    error: ErrorCode | None = None

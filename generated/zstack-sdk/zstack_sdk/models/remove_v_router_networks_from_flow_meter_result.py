"""Result models: RemoveVRouterNetworksFromFlowMeterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveVRouterNetworksFromFlowMeterResult",
]


class RemoveVRouterNetworksFromFlowMeterResult(ZStackModel):
    """The result of RemoveVRouterNetworksFromFlowMeter (ZStack's `RemoveVRouterNetworksFromFlowMeterResult`)."""

    error: ErrorCode | None = None

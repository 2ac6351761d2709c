"""Result models: CreateMetricDataHttpReceiverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .metric_data_http_receiver_inventory import MetricDataHttpReceiverInventory

__all__ = [
    "CreateMetricDataHttpReceiverResult",
]


class CreateMetricDataHttpReceiverResult(ZStackModel):
    """The result of CreateMetricDataHttpReceiver (ZStack's `CreateMetricDataHttpReceiverResult`)."""

    error: ErrorCode | None = None

    inventory: MetricDataHttpReceiverInventory | None = None

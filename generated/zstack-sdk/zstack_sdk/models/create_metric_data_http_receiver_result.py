"""Result models: CreateMetricDataHttpReceiverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .metric_data_http_receiver_inventory import MetricDataHttpReceiverInventory

__all__ = [
    "CreateMetricDataHttpReceiverResult",
]


class CreateMetricDataHttpReceiverResult(ZStackModel):
    """The ``CreateMetricDataHttpReceiverResult`` structure."""

    inventory: MetricDataHttpReceiverInventory | None = None

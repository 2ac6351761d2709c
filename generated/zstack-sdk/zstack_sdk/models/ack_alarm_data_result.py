"""Result models: AckAlarmDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .alert_data_ack_inventory import AlertDataAckInventory

__all__ = [
    "AckAlarmDataResult",
]


class AckAlarmDataResult(ZStackModel):
    """The ``AckAlarmDataResult`` structure."""

    inventory: AlertDataAckInventory | None = None

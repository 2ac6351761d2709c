"""Result models: AckEventDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .alert_data_ack_inventory import AlertDataAckInventory
from .error_code import ErrorCode

__all__ = [
    "AckEventDataResult",
]


class AckEventDataResult(ZStackModel):
    """The result of AckEventData (ZStack's `AckAlertDataResult`)."""

    error: ErrorCode | None = None

    inventory: AlertDataAckInventory | None = None

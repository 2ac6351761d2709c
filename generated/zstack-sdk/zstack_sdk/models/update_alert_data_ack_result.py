"""Result models: UpdateAlertDataAckResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .alert_data_ack_inventory import AlertDataAckInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAlertDataAckResult",
]


class UpdateAlertDataAckResult(ZStackModel):
    """The result of UpdateAlertDataAck (ZStack's `UpdateAlertDataAckResult`)."""

    error: ErrorCode | None = None

    inventory: AlertDataAckInventory | None = None

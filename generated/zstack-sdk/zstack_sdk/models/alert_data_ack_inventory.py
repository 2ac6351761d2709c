"""Result models: AlertDataAckInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AlertDataAckInventory",
]


class AlertDataAckInventory(ZStackModel):
    """ZStack's `AlertDataAckInventory`."""

    ack_date: ZStackDateTime | None = None

    ack_period: int | None = None

    alert_data_uuid: str | None = None

    alert_type: str | None = None

    operator_account_uuid: str | None = None

    resource_uuid: str | None = None

    resume_alert: bool | None = None

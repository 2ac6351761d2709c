"""Result models: MonitorTriggerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MonitorTriggerInventory",
]


class MonitorTriggerInventory(ZStackModel):
    """ZStack's `MonitorTriggerInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    duration: int | None = None

    expression: str | None = None

    last_op_date: ZStackDateTime | None = None

    last_status_change_time: ZStackDateTime | None = None

    name: str | None = None

    recovery_expression: str | None = None

    state: str | None = None

    status: str | None = None

    target_resource_uuid: str | None = None

    uuid: str | None = None

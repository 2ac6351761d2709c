"""Result models: MonitorGroupInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .alarm_status import AlarmStatus

__all__ = [
    "MonitorGroupInstanceInventory",
]


class MonitorGroupInstanceInventory(ZStackModel):
    """The ``MonitorGroupInstanceInventory`` structure."""

    create_date: ZStackDateTime | None = None

    group_uuid: str | None = None

    instance_resource_type: str | None = None

    instance_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    status: AlarmStatus | None = None

    uuid: str | None = None

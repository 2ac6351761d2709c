"""Result models: MonitorGroupInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MonitorGroupInstanceInventory",
]


class MonitorGroupInstanceInventory(ZStackModel):
    """ZStack's `MonitorGroupInstanceInventory`."""

    create_date: ZStackDateTime | None = None

    group_uuid: str | None = None

    instance_resource_type: str | None = None

    instance_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    status: Literal["OK", "Alarm", "InsufficientData"] | str | None = None

    uuid: str | None = None

"""Result models: MonitorTriggerActionInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MonitorTriggerActionInventory",
]


class MonitorTriggerActionInventory(ZStackModel):
    """ZStack's `MonitorTriggerActionInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    trigger_uuids: list[Any] | None = None

    type: str | None = None

    uuid: str | None = None

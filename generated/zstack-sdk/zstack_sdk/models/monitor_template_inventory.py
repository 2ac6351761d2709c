"""Result models: MonitorTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MonitorTemplateInventory",
]


class MonitorTemplateInventory(ZStackModel):
    """ZStack's `MonitorTemplateInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    monitor_group_template_refs: list[Any] | None = None

    name: str | None = None

    uuid: str | None = None

"""Result models: MonitorGroupTemplateRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MonitorGroupTemplateRefInventory",
]


class MonitorGroupTemplateRefInventory(ZStackModel):
    """ZStack's `MonitorGroupTemplateRefInventory`."""

    create_date: ZStackDateTime | None = None

    group_uuid: str | None = None

    is_applied: bool | None = None

    last_op_date: ZStackDateTime | None = None

    template_uuid: str | None = None

    uuid: str | None = None

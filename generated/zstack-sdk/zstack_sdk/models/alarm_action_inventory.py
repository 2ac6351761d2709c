"""Result models: AlarmActionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AlarmActionInventory",
]


class AlarmActionInventory(ZStackModel):
    """ZStack's `AlarmActionInventory`."""

    action_type: str | None = None
    """报警动作类型 (since 2.3)"""

    action_uuid: str | None = None
    """报警动作UUID (since 2.3)"""

    alarm_uuid: str | None = None
    """报警器UUID (since 2.3)"""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

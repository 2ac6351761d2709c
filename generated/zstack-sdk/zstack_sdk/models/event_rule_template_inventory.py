"""Result models: EventRuleTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EventRuleTemplateInventory",
]


class EventRuleTemplateInventory(ZStackModel):
    """ZStack's `EventRuleTemplateInventory`."""

    create_date: ZStackDateTime | None = None

    emergency_level: Literal["Emergent", "Important", "Normal"] | str | None = None

    event_name: str | None = None

    labels: str | None = None

    last_op_date: ZStackDateTime | None = None

    monitor_template_uuid: str | None = None

    name: str | None = None

    namespace: str | None = None

    uuid: str | None = None

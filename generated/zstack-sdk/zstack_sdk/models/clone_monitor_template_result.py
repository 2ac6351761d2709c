"""Result models: CloneMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_template_inventory import MonitorTemplateInventory

__all__ = [
    "CloneMonitorTemplateResult",
]


class CloneMonitorTemplateResult(ZStackModel):
    """The ``CloneMonitorTemplateResult`` structure."""

    inventory: MonitorTemplateInventory | None = None

"""Result models: ApplyMonitorTemplateToMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_group_template_ref_inventory import MonitorGroupTemplateRefInventory

__all__ = [
    "ApplyMonitorTemplateToMonitorGroupResult",
]


class ApplyMonitorTemplateToMonitorGroupResult(ZStackModel):
    """The ``ApplyMonitorTemplateToMonitorGroupResult`` structure."""

    inventory: MonitorGroupTemplateRefInventory | None = None

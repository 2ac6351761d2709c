"""Result models: ApplyMonitorTemplateToMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_group_template_ref_inventory import MonitorGroupTemplateRefInventory

__all__ = [
    "ApplyMonitorTemplateToMonitorGroupResult",
]


class ApplyMonitorTemplateToMonitorGroupResult(ZStackModel):
    """The result of ApplyMonitorTemplateToMonitorGroup (ZStack's `ApplyMonitorTemplateToMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorGroupTemplateRefInventory | None = None

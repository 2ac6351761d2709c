"""Result models: CloneMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_template_inventory import MonitorTemplateInventory

__all__ = [
    "CloneMonitorTemplateResult",
]


class CloneMonitorTemplateResult(ZStackModel):
    """The result of CloneMonitorTemplate (ZStack's `CloneMonitorTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTemplateInventory | None = None

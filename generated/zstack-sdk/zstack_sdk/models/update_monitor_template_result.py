"""Result models: UpdateMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_template_inventory import MonitorTemplateInventory

__all__ = [
    "UpdateMonitorTemplateResult",
]


class UpdateMonitorTemplateResult(ZStackModel):
    """The result of UpdateMonitorTemplate (ZStack's `UpdateMonitorTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTemplateInventory | None = None

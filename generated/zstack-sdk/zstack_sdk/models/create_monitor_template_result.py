"""Result models: CreateMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_template_inventory import MonitorTemplateInventory

__all__ = [
    "CreateMonitorTemplateResult",
]


class CreateMonitorTemplateResult(ZStackModel):
    """The result of CreateMonitorTemplate (ZStack's `CreateMonitorTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTemplateInventory | None = None

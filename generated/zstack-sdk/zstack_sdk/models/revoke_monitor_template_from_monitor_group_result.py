"""Result models: RevokeMonitorTemplateFromMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevokeMonitorTemplateFromMonitorGroupResult",
]


class RevokeMonitorTemplateFromMonitorGroupResult(ZStackModel):
    """The result of RevokeMonitorTemplateFromMonitorGroup (ZStack's `RevokeMonitorTemplateFromMonitorGroupResult`)."""

    error: ErrorCode | None = None

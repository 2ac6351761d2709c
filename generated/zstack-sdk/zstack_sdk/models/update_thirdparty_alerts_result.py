"""Result models: UpdateThirdpartyAlertsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateThirdpartyAlertsResult",
]


class UpdateThirdpartyAlertsResult(ZStackModel):
    """The result of UpdateThirdpartyAlerts (ZStack's `UpdateThirdpartyAlertsResult`)."""

    error: ErrorCode | None = None

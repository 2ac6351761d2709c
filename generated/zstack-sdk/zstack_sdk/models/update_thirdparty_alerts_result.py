"""Result models: UpdateThirdpartyAlertsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateThirdpartyAlertsResult",
]


class UpdateThirdpartyAlertsResult(ZStackModel):
    """The result of UpdateThirdpartyAlerts (ZStack's `UpdateThirdpartyAlertsResult`)."""

    error: ErrorCode | None = None

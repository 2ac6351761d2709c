"""Result models: RefreshPluginDriversResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshPluginDriversResult",
]


class RefreshPluginDriversResult(ZStackModel):
    """The result of RefreshPluginDrivers."""

    error: ErrorCode | None = None

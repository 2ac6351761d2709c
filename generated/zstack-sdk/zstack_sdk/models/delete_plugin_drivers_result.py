"""Result models: DeletePluginDriversResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePluginDriversResult",
]


class DeletePluginDriversResult(ZStackModel):
    """The result of DeletePluginDrivers."""

    error: ErrorCode | None = None

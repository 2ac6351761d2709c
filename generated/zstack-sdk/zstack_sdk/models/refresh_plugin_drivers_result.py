"""Result models: RefreshPluginDriversResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshPluginDriversResult",
]


class RefreshPluginDriversResult(ZStackModel):
    """The result of RefreshPluginDrivers."""

    error: ErrorCode | None = None

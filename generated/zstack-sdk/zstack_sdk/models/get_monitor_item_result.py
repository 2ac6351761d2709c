"""Result models: GetMonitorItemResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetMonitorItemResult",
]


class GetMonitorItemResult(ZStackModel):
    """The result of GetMonitorItem (ZStack's `GetMonitorItemResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: GetMonitorItemResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetMonitorItemResult",
]


class GetMonitorItemResult(ZStackModel):
    """The result of GetMonitorItem (ZStack's `GetMonitorItemResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

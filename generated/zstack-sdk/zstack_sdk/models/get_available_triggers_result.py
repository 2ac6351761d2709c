"""Result models: GetAvailableTriggersResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAvailableTriggersResult",
]


class GetAvailableTriggersResult(ZStackModel):
    """The result of GetAvailableTriggers (ZStack's `GetAvailableTriggersResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: UnsubscribeEventResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnsubscribeEventResult",
]


class UnsubscribeEventResult(ZStackModel):
    """The result of UnsubscribeEvent (ZStack's `UnsubscribeEventResult`)."""

    error: ErrorCode | None = None

"""Result models: PowerOffHostResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PowerOffHostResult",
]


class PowerOffHostResult(ZStackModel):
    """The result of PowerOffHost (ZStack's `PowerOffHostResult`)."""

    error: ErrorCode | None = None

    results: list[Any] | None = None

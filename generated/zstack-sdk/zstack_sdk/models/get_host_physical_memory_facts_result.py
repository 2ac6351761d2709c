"""Result models: GetHostPhysicalMemoryFactsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetHostPhysicalMemoryFactsResult",
]


class GetHostPhysicalMemoryFactsResult(ZStackModel):
    """The result of GetHostPhysicalMemoryFacts (ZStack's `GetHostPhysicalMemoryFactsResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

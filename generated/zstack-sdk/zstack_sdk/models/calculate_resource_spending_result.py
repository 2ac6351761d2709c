"""Result models: CalculateResourceSpendingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode
from .pagination import Pagination

__all__ = [
    "CalculateResourceSpendingResult",
]


class CalculateResourceSpendingResult(ZStackModel):
    """The result of CalculateResourceSpending (ZStack's `CalculateResourceSpendingResult`)."""

    error: ErrorCode | None = None

    pagination: Pagination | None = None

    spending: list[Any] | None = None

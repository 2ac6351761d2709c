"""Result models: CalculateResourceSpendingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .pagination import Pagination

__all__ = [
    "CalculateResourceSpendingResult",
]


class CalculateResourceSpendingResult(ZStackModel):
    """The ``CalculateResourceSpendingResult`` structure."""

    pagination: Pagination | None = None

    spending: list[Any] | None = None

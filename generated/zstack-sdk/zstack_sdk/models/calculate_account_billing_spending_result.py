"""Result models: CalculateAccountBillingSpendingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "CalculateAccountBillingSpendingResult",
]


class CalculateAccountBillingSpendingResult(ZStackModel):
    """The ``CalculateAccountBillingSpendingResult`` structure."""

    spending: list[Any] | None = None

    total: float | None = None

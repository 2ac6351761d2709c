"""Result models: CalculateAccountBillingSpendingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CalculateAccountBillingSpendingResult",
]


class CalculateAccountBillingSpendingResult(ZStackModel):
    """The result of CalculateAccountBillingSpending (ZStack's `CalculateAccountBillingSpendingResult`)."""

    error: ErrorCode | None = None

    spending: list[Any] | None = None

    total: float | None = None

"""Result models: GenerateAccountBillingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GenerateAccountBillingResult",
]


class GenerateAccountBillingResult(ZStackModel):
    """The result of GenerateAccountBilling (ZStack's `GenerateAccountBillingResult`)."""

    error: ErrorCode | None = None

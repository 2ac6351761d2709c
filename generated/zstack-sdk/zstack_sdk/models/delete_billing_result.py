"""Result models: DeleteBillingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBillingResult",
]


class DeleteBillingResult(ZStackModel):
    """The result of DeleteBilling (ZStack's `DeleteBillingResult`)."""

    error: ErrorCode | None = None

"""Result models: CleanupBillingUsageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanupBillingUsageResult",
]


class CleanupBillingUsageResult(ZStackModel):
    """The result of CleanupBillingUsage (ZStack's `CleanupBillingUsageResult`)."""

    error: ErrorCode | None = None

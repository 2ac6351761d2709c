"""Result models: PushLicenseAddOnsUsageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PushLicenseAddOnsUsageResult",
]


class PushLicenseAddOnsUsageResult(ZStackModel):
    """The result of PushLicenseAddOnsUsage (ZStack's `PushLicenseAddOnsUsageResult`)."""

    error: ErrorCode | None = None

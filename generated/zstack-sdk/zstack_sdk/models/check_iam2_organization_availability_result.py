"""Result models: CheckIAM2OrganizationAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckIAM2OrganizationAvailabilityResult",
]


class CheckIAM2OrganizationAvailabilityResult(ZStackModel):
    """The result of CheckIAM2OrganizationAvailability (ZStack's `CheckIAM2OrganizationAvailabilityResult`)."""

    error: ErrorCode | None = None

    exists: bool | None = None

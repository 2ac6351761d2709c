"""Result models: CheckIAM2OrganizationAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "CheckIAM2OrganizationAvailabilityResult",
]


class CheckIAM2OrganizationAvailabilityResult(ZStackModel):
    """The ``CheckIAM2OrganizationAvailabilityResult`` structure."""

    exists: bool | None = None

"""Result models: CheckIAM2OrganizationAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CheckIAM2OrganizationAvailabilityResult",
]


class CheckIAM2OrganizationAvailabilityResult(ZStackModel):
    """The ``CheckIAM2OrganizationAvailabilityResult`` structure."""

    exists: bool | None = None

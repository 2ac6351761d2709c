"""Result models: AddAttributesToIAM2OrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddAttributesToIAM2OrganizationResult",
]


class AddAttributesToIAM2OrganizationResult(ZStackModel):
    """The result of AddAttributesToIAM2Organization (ZStack's `AddAttributesToIAM2OrganizationResult`)."""

    error: ErrorCode | None = None

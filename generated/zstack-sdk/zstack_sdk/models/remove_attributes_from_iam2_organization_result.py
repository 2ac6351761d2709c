"""Result models: RemoveAttributesFromIAM2OrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveAttributesFromIAM2OrganizationResult",
]


class RemoveAttributesFromIAM2OrganizationResult(ZStackModel):
    """The result of RemoveAttributesFromIAM2Organization (ZStack's `RemoveAttributesFromIAM2OrganizationResult`)."""

    error: ErrorCode | None = None

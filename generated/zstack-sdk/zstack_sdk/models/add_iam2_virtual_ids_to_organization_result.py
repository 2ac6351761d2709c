"""Result models: AddIAM2VirtualIDsToOrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIAM2VirtualIDsToOrganizationResult",
]


class AddIAM2VirtualIDsToOrganizationResult(ZStackModel):
    """The result of AddIAM2VirtualIDsToOrganization (ZStack's `AddIAM2VirtualIDsToOrganizationResult`)."""

    error: ErrorCode | None = None

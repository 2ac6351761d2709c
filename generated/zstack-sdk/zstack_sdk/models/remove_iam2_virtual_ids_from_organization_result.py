"""Result models: RemoveIAM2VirtualIDsFromOrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2VirtualIDsFromOrganizationResult",
]


class RemoveIAM2VirtualIDsFromOrganizationResult(ZStackModel):
    """The result of RemoveIAM2VirtualIDsFromOrganization (ZStack's `RemoveIAM2VirtualIDsFromOrganizationResult`)."""

    error: ErrorCode | None = None

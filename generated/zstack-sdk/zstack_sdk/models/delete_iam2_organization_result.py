"""Result models: DeleteIAM2OrganizationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2OrganizationResult",
]


class DeleteIAM2OrganizationResult(ZStackModel):
    """The result of DeleteIAM2Organization (ZStack's `DeleteIAM2OrganizationResult`)."""

    error: ErrorCode | None = None

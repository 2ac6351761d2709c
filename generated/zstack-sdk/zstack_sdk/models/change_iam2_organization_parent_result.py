"""Result models: ChangeIAM2OrganizationParentResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ChangeIAM2OrganizationParentResult",
]


class ChangeIAM2OrganizationParentResult(ZStackModel):
    """The result of ChangeIAM2OrganizationParent (ZStack's `ChangeIAM2OrganizationParentResult`)."""

    error: ErrorCode | None = None

"""Result models: SetOrganizationOperationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetOrganizationOperationResult",
]


class SetOrganizationOperationResult(ZStackModel):
    """The result of SetOrganizationOperation (ZStack's `SetOrganizationOperationResult`)."""

    error: ErrorCode | None = None

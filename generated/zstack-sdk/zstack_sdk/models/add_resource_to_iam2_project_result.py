"""Result models: AddResourceToIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddResourceToIAM2ProjectResult",
]


class AddResourceToIAM2ProjectResult(ZStackModel):
    """The result of AddResourceToIAM2Project (ZStack's `AddResourceToIAM2ProjectResult`)."""

    error: ErrorCode | None = None

"""Result models: RemoveAttributesFromIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveAttributesFromIAM2ProjectResult",
]


class RemoveAttributesFromIAM2ProjectResult(ZStackModel):
    """The result of RemoveAttributesFromIAM2Project (ZStack's `RemoveAttributesFromIAM2ProjectResult`)."""

    error: ErrorCode | None = None

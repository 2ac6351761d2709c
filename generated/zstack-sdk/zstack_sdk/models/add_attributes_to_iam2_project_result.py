"""Result models: AddAttributesToIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddAttributesToIAM2ProjectResult",
]


class AddAttributesToIAM2ProjectResult(ZStackModel):
    """The result of AddAttributesToIAM2Project (ZStack's `AddAttributesToIAM2ProjectResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2ProjectResult",
]


class DeleteIAM2ProjectResult(ZStackModel):
    """The result of DeleteIAM2Project (ZStack's `DeleteIAM2ProjectResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteL2NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteL2NetworkResult",
]


class DeleteL2NetworkResult(ZStackModel):
    """The result of DeleteL2Network (ZStack's `DeleteL2NetworkResult`)."""

    error: ErrorCode | None = None

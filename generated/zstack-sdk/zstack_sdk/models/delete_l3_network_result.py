"""Result models: DeleteL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteL3NetworkResult",
]


class DeleteL3NetworkResult(ZStackModel):
    """The result of DeleteL3Network (ZStack's `DeleteL3NetworkResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteVxlanL2NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVxlanL2NetworkResult",
]


class DeleteVxlanL2NetworkResult(ZStackModel):
    """The result of DeleteVxlanL2Network (ZStack's `DeleteL2NetworkResult`)."""

    error: ErrorCode | None = None

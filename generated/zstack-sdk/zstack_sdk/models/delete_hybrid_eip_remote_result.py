"""Result models: DeleteHybridEipRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHybridEipRemoteResult",
]


class DeleteHybridEipRemoteResult(ZStackModel):
    """The result of DeleteHybridEipRemote (ZStack's `DeleteHybridEipRemoteResult`)."""

    error: ErrorCode | None = None

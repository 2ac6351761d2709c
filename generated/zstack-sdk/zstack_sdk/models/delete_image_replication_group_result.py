"""Result models: DeleteImageReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteImageReplicationGroupResult",
]


class DeleteImageReplicationGroupResult(ZStackModel):
    """The result of DeleteImageReplicationGroup (ZStack's `DeleteImageReplicationGroupResult`)."""

    error: ErrorCode | None = None

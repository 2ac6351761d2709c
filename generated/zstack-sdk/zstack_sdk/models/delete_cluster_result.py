"""Result models: DeleteClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteClusterResult",
]


class DeleteClusterResult(ZStackModel):
    """The result of DeleteCluster (ZStack's `DeleteClusterResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteClusterDRSResult",
]


class DeleteClusterDRSResult(ZStackModel):
    """The result of DeleteClusterDRS (ZStack's `DeleteClusterDRSResult`)."""

    error: ErrorCode | None = None

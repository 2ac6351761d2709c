"""Result models: DeleteOssBucketRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteOssBucketRemoteResult",
]


class DeleteOssBucketRemoteResult(ZStackModel):
    """The result of DeleteOssBucketRemote (ZStack's `DeleteOssBucketRemoteResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteOssBucketFileRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteOssBucketFileRemoteResult",
]


class DeleteOssBucketFileRemoteResult(ZStackModel):
    """The result of DeleteOssBucketFileRemote (ZStack's `DeleteOssBucketFileRemoteResult`)."""

    error: ErrorCode | None = None

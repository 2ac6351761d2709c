"""Result models: DeleteOssBucketNameLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteOssBucketNameLocalResult",
]


class DeleteOssBucketNameLocalResult(ZStackModel):
    """The result of DeleteOssBucketNameLocal (ZStack's `DeleteOssBucketNameLocalResult`)."""

    error: ErrorCode | None = None

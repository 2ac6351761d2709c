"""Result models: CreateOssBackupBucketRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CreateOssBackupBucketRemoteResult",
]


class CreateOssBackupBucketRemoteResult(ZStackModel):
    """The result of CreateOssBackupBucketRemote (ZStack's `CreateOssBackupBucketRemoteResult`)."""

    error: ErrorCode | None = None

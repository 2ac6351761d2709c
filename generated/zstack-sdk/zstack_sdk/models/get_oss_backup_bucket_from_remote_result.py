"""Result models: GetOssBackupBucketFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetOssBackupBucketFromRemoteResult",
]


class GetOssBackupBucketFromRemoteResult(ZStackModel):
    """The result of GetOssBackupBucketFromRemote (ZStack's `GetOssBackupBucketFromRemoteResult`)."""

    error: ErrorCode | None = None

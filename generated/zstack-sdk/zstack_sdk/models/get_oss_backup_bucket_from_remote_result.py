"""Result models: GetOssBackupBucketFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetOssBackupBucketFromRemoteResult",
]


class GetOssBackupBucketFromRemoteResult(ZStackModel):
    """The result of GetOssBackupBucketFromRemote (ZStack's `GetOssBackupBucketFromRemoteResult`)."""

    error: ErrorCode | None = None

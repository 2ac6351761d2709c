"""Result models: GetOssBucketFileFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetOssBucketFileFromRemoteResult",
]


class GetOssBucketFileFromRemoteResult(ZStackModel):
    """The result of GetOssBucketFileFromRemote (ZStack's `GetOssBucketFileFromRemoteResult`)."""

    error: ErrorCode | None = None

    files: list[Any] | None = None

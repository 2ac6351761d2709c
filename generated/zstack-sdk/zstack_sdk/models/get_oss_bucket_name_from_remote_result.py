"""Result models: GetOssBucketNameFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetOssBucketNameFromRemoteResult",
]


class GetOssBucketNameFromRemoteResult(ZStackModel):
    """The result of GetOssBucketNameFromRemote (ZStack's `GetOssBucketNameFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncDiskFromAliyunFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncDiskFromAliyunFromRemoteResult",
]


class SyncDiskFromAliyunFromRemoteResult(ZStackModel):
    """The result of SyncDiskFromAliyunFromRemote (ZStack's `SyncDiskFromAliyunFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

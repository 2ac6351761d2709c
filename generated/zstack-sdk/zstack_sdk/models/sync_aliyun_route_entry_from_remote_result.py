"""Result models: SyncAliyunRouteEntryFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncAliyunRouteEntryFromRemoteResult",
]


class SyncAliyunRouteEntryFromRemoteResult(ZStackModel):
    """The result of SyncAliyunRouteEntryFromRemote (ZStack's `SyncAliyunRouteEntryFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncAliyunRouteEntryFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncAliyunRouteEntryFromRemoteResult",
]


class SyncAliyunRouteEntryFromRemoteResult(ZStackModel):
    """The result of SyncAliyunRouteEntryFromRemote (ZStack's `SyncAliyunRouteEntryFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncAliyunVirtualRouterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncAliyunVirtualRouterFromRemoteResult",
]


class SyncAliyunVirtualRouterFromRemoteResult(ZStackModel):
    """The result of SyncAliyunVirtualRouterFromRemote (ZStack's `SyncAliyunVirtualRouterFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

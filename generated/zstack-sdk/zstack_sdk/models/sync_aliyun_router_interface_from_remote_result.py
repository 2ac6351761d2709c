"""Result models: SyncAliyunRouterInterfaceFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncAliyunRouterInterfaceFromRemoteResult",
]


class SyncAliyunRouterInterfaceFromRemoteResult(ZStackModel):
    """The result of SyncAliyunRouterInterfaceFromRemote (ZStack's `SyncAliyunRouterInterfaceFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

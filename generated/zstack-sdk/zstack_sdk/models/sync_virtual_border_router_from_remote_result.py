"""Result models: SyncVirtualBorderRouterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncVirtualBorderRouterFromRemoteResult",
]


class SyncVirtualBorderRouterFromRemoteResult(ZStackModel):
    """The result of SyncVirtualBorderRouterFromRemote (ZStack's `SyncVirtualBorderRouterFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

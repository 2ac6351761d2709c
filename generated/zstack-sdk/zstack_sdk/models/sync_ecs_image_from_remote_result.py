"""Result models: SyncEcsImageFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsImageFromRemoteResult",
]


class SyncEcsImageFromRemoteResult(ZStackModel):
    """The result of SyncEcsImageFromRemote (ZStack's `SyncEcsImageFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

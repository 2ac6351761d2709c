"""Result models: SyncHybridEipFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncHybridEipFromRemoteResult",
]


class SyncHybridEipFromRemoteResult(ZStackModel):
    """The result of SyncHybridEipFromRemote (ZStack's `SyncHybridEipFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

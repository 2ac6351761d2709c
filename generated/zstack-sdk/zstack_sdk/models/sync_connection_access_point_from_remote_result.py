"""Result models: SyncConnectionAccessPointFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncConnectionAccessPointFromRemoteResult",
]


class SyncConnectionAccessPointFromRemoteResult(ZStackModel):
    """The result of SyncConnectionAccessPointFromRemote (ZStack's `SyncConnectionAccessPointFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncEcsInstanceFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsInstanceFromRemoteResult",
]


class SyncEcsInstanceFromRemoteResult(ZStackModel):
    """The result of SyncEcsInstanceFromRemote (ZStack's `SyncEcsInstanceFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

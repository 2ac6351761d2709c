"""Result models: SyncEcsVSwitchFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsVSwitchFromRemoteResult",
]


class SyncEcsVSwitchFromRemoteResult(ZStackModel):
    """The result of SyncEcsVSwitchFromRemote (ZStack's `SyncEcsVSwitchFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

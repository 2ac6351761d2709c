"""Result models: SyncEcsVSwitchFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsVSwitchFromRemoteResult",
]


class SyncEcsVSwitchFromRemoteResult(ZStackModel):
    """The result of SyncEcsVSwitchFromRemote (ZStack's `SyncEcsVSwitchFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

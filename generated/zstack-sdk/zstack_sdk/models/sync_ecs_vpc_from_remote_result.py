"""Result models: SyncEcsVpcFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsVpcFromRemoteResult",
]


class SyncEcsVpcFromRemoteResult(ZStackModel):
    """The result of SyncEcsVpcFromRemote (ZStack's `SyncEcsVpcFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

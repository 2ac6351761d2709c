"""Result models: SyncEcsSecurityGroupFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsSecurityGroupFromRemoteResult",
]


class SyncEcsSecurityGroupFromRemoteResult(ZStackModel):
    """The result of SyncEcsSecurityGroupFromRemote (ZStack's `SyncEcsSecurityGroupFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncVpcVpnConnectionFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncVpcVpnConnectionFromRemoteResult",
]


class SyncVpcVpnConnectionFromRemoteResult(ZStackModel):
    """The result of SyncVpcVpnConnectionFromRemote (ZStack's `SyncVpcVpnConnectionFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

"""Result models: SyncVpcUserVpnGatewayFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncVpcUserVpnGatewayFromRemoteResult",
]


class SyncVpcUserVpnGatewayFromRemoteResult(ZStackModel):
    """The result of SyncVpcUserVpnGatewayFromRemote (ZStack's `SyncVpcUserVpnGatewayFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

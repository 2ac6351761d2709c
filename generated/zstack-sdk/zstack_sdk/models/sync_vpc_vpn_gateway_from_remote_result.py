"""Result models: SyncVpcVpnGatewayFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncVpcVpnGatewayFromRemoteResult",
]


class SyncVpcVpnGatewayFromRemoteResult(ZStackModel):
    """The result of SyncVpcVpnGatewayFromRemote (ZStack's `SyncVpcVpnGatewayFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

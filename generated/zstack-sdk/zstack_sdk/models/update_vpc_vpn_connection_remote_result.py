"""Result models: UpdateVpcVpnConnectionRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_connection_inventory import VpcVpnConnectionInventory

__all__ = [
    "UpdateVpcVpnConnectionRemoteResult",
]


class UpdateVpcVpnConnectionRemoteResult(ZStackModel):
    """The result of UpdateVpcVpnConnectionRemote (ZStack's `UpdateVpcVpnConnectionRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVpnConnectionInventory | None = None

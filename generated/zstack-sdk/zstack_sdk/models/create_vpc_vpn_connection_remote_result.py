"""Result models: CreateVpcVpnConnectionRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_connection_inventory import VpcVpnConnectionInventory

__all__ = [
    "CreateVpcVpnConnectionRemoteResult",
]


class CreateVpcVpnConnectionRemoteResult(ZStackModel):
    """The result of CreateVpcVpnConnectionRemote (ZStack's `CreateVpcVpnConnectionRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVpnConnectionInventory | None = None

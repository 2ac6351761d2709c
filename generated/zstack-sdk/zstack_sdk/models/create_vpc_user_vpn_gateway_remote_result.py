"""Result models: CreateVpcUserVpnGatewayRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_user_vpn_gateway_inventory import VpcUserVpnGatewayInventory

__all__ = [
    "CreateVpcUserVpnGatewayRemoteResult",
]


class CreateVpcUserVpnGatewayRemoteResult(ZStackModel):
    """The ``CreateVpcUserVpnGatewayRemoteResult`` structure."""

    inventory: VpcUserVpnGatewayInventory | None = None

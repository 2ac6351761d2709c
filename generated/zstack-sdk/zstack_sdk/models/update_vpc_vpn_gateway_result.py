"""Result models: UpdateVpcVpnGatewayResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_vpn_gateway_inventory import VpcVpnGatewayInventory

__all__ = [
    "UpdateVpcVpnGatewayResult",
]


class UpdateVpcVpnGatewayResult(ZStackModel):
    """The ``UpdateVpcVpnGatewayResult`` structure."""

    inventory: VpcVpnGatewayInventory | None = None

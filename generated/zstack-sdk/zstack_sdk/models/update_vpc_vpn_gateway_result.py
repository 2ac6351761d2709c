"""Result models: UpdateVpcVpnGatewayResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_gateway_inventory import VpcVpnGatewayInventory

__all__ = [
    "UpdateVpcVpnGatewayResult",
]


class UpdateVpcVpnGatewayResult(ZStackModel):
    """The result of UpdateVpcVpnGateway (ZStack's `UpdateVpcVpnGatewayResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVpnGatewayInventory | None = None

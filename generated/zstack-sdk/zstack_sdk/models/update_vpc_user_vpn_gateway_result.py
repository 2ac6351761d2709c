"""Result models: UpdateVpcUserVpnGatewayResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_user_vpn_gateway_inventory import VpcUserVpnGatewayInventory

__all__ = [
    "UpdateVpcUserVpnGatewayResult",
]


class UpdateVpcUserVpnGatewayResult(ZStackModel):
    """The result of UpdateVpcUserVpnGateway (ZStack's `UpdateVpcUserVpnGatewayResult`)."""

    error: ErrorCode | None = None

    inventory: VpcUserVpnGatewayInventory | None = None

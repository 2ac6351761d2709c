"""Result models: CreateVpcUserVpnGatewayRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_user_vpn_gateway_inventory import VpcUserVpnGatewayInventory

__all__ = [
    "CreateVpcUserVpnGatewayRemoteResult",
]


class CreateVpcUserVpnGatewayRemoteResult(ZStackModel):
    """The result of CreateVpcUserVpnGatewayRemote (ZStack's `CreateVpcUserVpnGatewayRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: VpcUserVpnGatewayInventory | None = None

"""Result models: CreateVpcVpnConnectionRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_vpn_connection_inventory import VpcVpnConnectionInventory

__all__ = [
    "CreateVpcVpnConnectionRemoteResult",
]


class CreateVpcVpnConnectionRemoteResult(ZStackModel):
    """The ``CreateVpcVpnConnectionRemoteResult`` structure."""

    inventory: VpcVpnConnectionInventory | None = None

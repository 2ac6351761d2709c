"""Result models: CreateVpnIkeConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_vpn_ike_config_inventory import VpcVpnIkeConfigInventory

__all__ = [
    "CreateVpnIkeConfigResult",
]


class CreateVpnIkeConfigResult(ZStackModel):
    """The ``CreateVpnIkeConfigResult`` structure."""

    inventory: VpcVpnIkeConfigInventory | None = None

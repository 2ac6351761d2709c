"""Result models: CreateVpnIpsecConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_vpn_ip_sec_config_inventory import VpcVpnIpSecConfigInventory

__all__ = [
    "CreateVpnIpsecConfigResult",
]


class CreateVpnIpsecConfigResult(ZStackModel):
    """The ``CreateVpnIpsecConfigResult`` structure."""

    inventory: VpcVpnIpSecConfigInventory | None = None

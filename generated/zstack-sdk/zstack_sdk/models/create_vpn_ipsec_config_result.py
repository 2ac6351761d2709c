"""Result models: CreateVpnIpsecConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_ip_sec_config_inventory import VpcVpnIpSecConfigInventory

__all__ = [
    "CreateVpnIpsecConfigResult",
]


class CreateVpnIpsecConfigResult(ZStackModel):
    """The result of CreateVpnIpsecConfig (ZStack's `CreateVpnIpsecConfigResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVpnIpSecConfigInventory | None = None

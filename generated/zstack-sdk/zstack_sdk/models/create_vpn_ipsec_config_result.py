"""Result models: CreateVpnIpsecConfigResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .vpc_vpn_ip_sec_config_inventory import VpcVpnIpSecConfigInventory

__all__ = [
    "CreateVpnIpsecConfigResult",
]


class CreateVpnIpsecConfigResult(ZStackModel):
    """The ``CreateVpnIpsecConfigResult`` structure."""

    inventory: VpcVpnIpSecConfigInventory | None = None

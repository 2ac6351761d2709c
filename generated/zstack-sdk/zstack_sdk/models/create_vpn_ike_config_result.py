"""Result models: CreateVpnIkeConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_ike_config_inventory import VpcVpnIkeConfigInventory

__all__ = [
    "CreateVpnIkeConfigResult",
]


class CreateVpnIkeConfigResult(ZStackModel):
    """The result of CreateVpnIkeConfig (ZStack's `CreateVpnIkeConfigResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVpnIkeConfigInventory | None = None

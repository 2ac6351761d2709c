"""Result models: CreateVpcVpnConnectionRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .vpc_vpn_connection_inventory import VpcVpnConnectionInventory

__all__ = [
    "CreateVpcVpnConnectionRemoteResult",
]


class CreateVpcVpnConnectionRemoteResult(ZStackModel):
    """The ``CreateVpcVpnConnectionRemoteResult`` structure."""

    inventory: VpcVpnConnectionInventory | None = None

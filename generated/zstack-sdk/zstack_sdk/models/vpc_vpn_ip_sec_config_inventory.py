"""Result models: VpcVpnIpSecConfigInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVpnIpSecConfigInventory",
]


class VpcVpnIpSecConfigInventory(ZStackModel):
    """ZStack's `VpcVpnIpSecConfigInventory`."""

    account_name: str | None = None

    auth_algorithm: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    encode_algorithm: str | None = None

    last_op_date: ZStackDateTime | None = None

    lifetime: int | None = None

    name: str | None = None

    pfs: str | None = None

    uuid: str | None = None

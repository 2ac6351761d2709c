"""Result models: VpcVpnIkeConfigInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVpnIkeConfigInventory",
]


class VpcVpnIkeConfigInventory(ZStackModel):
    """ZStack's `VpcVpnIkeConfigInventory`."""

    account_name: str | None = None

    auth_algorithm: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    encode_algorithm: str | None = None

    last_op_date: ZStackDateTime | None = None

    lifetime: int | None = None

    local_ip: str | None = None

    mode: str | None = None

    name: str | None = None

    pfs: str | None = None

    psk: str | None = None

    remote_ip: str | None = None

    uuid: str | None = None

    version: str | None = None
